import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { PostalAddressRequest } from '../../../../platform/http/postal-address.request.js';
import { ORDER_LIMITS } from '../../domain/order.js';

export class OrderLineRequest {
  @ApiProperty({ example: 'MUG-001' })
  @MinLength(Sku.minLength)
  @MaxLength(Sku.maxLength)
  @IsString()
  sku!: string;

  @ApiProperty({ example: 2, minimum: 1, maximum: ORDER_LIMITS.quantity })
  @Min(1)
  @Max(ORDER_LIMITS.quantity)
  @IsInt()
  quantity!: number;
}

/** Where the order goes, when not one of the customer's saved addresses. */
export class ShippingAddressRequest extends PostalAddressRequest {}

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

export class PlaceOrderRequest {
  @ApiProperty({ type: [OrderLineRequest] })
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
  })
  @IsOptional()
  @MaxLength(64)
  @IsString()
  shippingAddressId?: string;

  @ApiProperty({ type: PaymentMethodRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => PaymentMethodRequest)
  paymentMethod!: PaymentMethodRequest;

  @ApiPropertyOptional({ example: 'SPRING10' })
  @IsOptional()
  @MaxLength(32)
  @IsString()
  promotionCode?: string;
}
