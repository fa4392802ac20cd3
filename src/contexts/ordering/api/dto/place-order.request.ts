import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  getSchemaPath,
  OmitType,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Sku } from '../../../../platform/domain/index.js';
import { oneOfByType } from '../../../../platform/http/openapi.js';
import { PostalAddressRequest } from '../../../../platform/http/postal-address.request.js';
import { ORDER_LIMITS } from '../../domain/order.js';

export class OrderLineRequest {
  @ApiProperty({ example: 'MUG-001', minLength: Sku.minLength, maxLength: Sku.maxLength })
  @MinLength(Sku.minLength)
  @MaxLength(Sku.maxLength)
  @IsString()
  sku!: string;

  @ApiProperty({ type: 'integer', example: 2, minimum: 1, maximum: ORDER_LIMITS.quantity })
  @Min(1)
  @Max(ORDER_LIMITS.quantity)
  @IsInt()
  quantity!: number;
}

/** Where the order goes, when not one of the customer's saved addresses. */
export class ShippingAddressRequest extends PostalAddressRequest {}

/** How a card is paid, as the document shows it (the one runtime class below checks both kinds). */
export class CardPaymentRequest {
  @ApiProperty({ enum: ['card'], example: 'card' }) type!: 'card';
  @ApiProperty({
    example: 'tok_visa',
    pattern: '^tok_[A-Za-z0-9]+$',
    description: 'The provider’s card token. Never a card number.',
  })
  token!: string;
}

export class PayPalPaymentRequest {
  @ApiProperty({ enum: ['paypal'], example: 'paypal' }) type!: 'paypal';
  @ApiProperty({ example: 'ada@example.com', format: 'email', maxLength: 254 })
  payerEmail!: string;
}

export class PaymentMethodRequest {
  @ApiProperty({ enum: ['card', 'paypal'] })
  @IsIn(['card', 'paypal'])
  @IsString()
  type!: 'card' | 'paypal';

  @ApiPropertyOptional({
    example: 'tok_visa',
    description: 'For cards: the provider’s token. Never a card number.',
  })
  @IsOptional()
  @Matches(/^tok_[A-Za-z0-9]+$/, { message: 'token must be a card token such as tok_visa' })
  @IsString()
  token?: string;

  @ApiPropertyOptional({
    example: 'ada@example.com',
    description: 'For PayPal: the payer’s e-mail.',
  })
  @IsOptional()
  @MaxLength(254)
  @IsString()
  payerEmail?: string;
}

@ApiExtraModels(CardPaymentRequest, PayPalPaymentRequest)
export class PlaceOrderRequest {
  @ApiProperty({ type: [OrderLineRequest], minItems: 1, maxItems: ORDER_LIMITS.lines })
  @ArrayMinSize(1)
  @ArrayMaxSize(ORDER_LIMITS.lines)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  @IsArray()
  lines!: OrderLineRequest[];

  @ApiPropertyOptional({ type: ShippingAddressRequest, description: 'Or give shippingAddressId.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ShippingAddressRequest)
  shippingAddress?: ShippingAddressRequest;

  @ApiPropertyOptional({
    description: 'The id of one of your saved addresses, instead of shippingAddress.',
    format: 'uuid',
  })
  @IsOptional()
  @MaxLength(64)
  @IsString()
  shippingAddressId?: string;

  @ApiProperty(oneOfByType({ card: CardPaymentRequest, paypal: PayPalPaymentRequest }))
  @IsDefined()
  @ValidateNested()
  @Type(() => PaymentMethodRequest)
  // Typed as the documented union so the document shows it, not the one class that checks both kinds.
  paymentMethod!: CardPaymentRequest | PayPalPaymentRequest;

  @ApiPropertyOptional({ example: 'SPRING10', maxLength: 32 })
  @IsOptional()
  @MaxLength(32)
  @IsString()
  promotionCode?: string;
}

/** An order shipped to an address given with it. */
export class PlaceOrderToAddress extends OmitType(PlaceOrderRequest, [
  'shippingAddress',
  'shippingAddressId',
] as const) {
  @ApiProperty({ type: ShippingAddressRequest }) shippingAddress!: ShippingAddressRequest;
}

/** An order shipped to one of the customer's saved addresses. */
export class PlaceOrderToSavedAddress extends OmitType(PlaceOrderRequest, [
  'shippingAddress',
  'shippingAddressId',
] as const) {
  @ApiProperty({ format: 'uuid', description: 'The id of one of your saved addresses.' })
  shippingAddressId!: string;
}

/** The request body as documented: exactly one of the two ways to name the address. */
export const PLACE_ORDER_BODY = {
  oneOf: [
    { $ref: getSchemaPath(PlaceOrderToAddress) },
    { $ref: getSchemaPath(PlaceOrderToSavedAddress) },
  ],
};
