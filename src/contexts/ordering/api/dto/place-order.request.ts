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
import { ORDER_LIMITS } from '../../domain/order.js';

export class OrderLineRequest {
  @ApiProperty({ example: 'MUG-001' })
  @MinLength(3)
  @MaxLength(40)
  @IsString()
  sku!: string;

  @ApiProperty({ example: 2, minimum: 1, maximum: ORDER_LIMITS.quantity })
  @Min(1)
  @Max(ORDER_LIMITS.quantity)
  @IsInt()
  quantity!: number;
}

export class ShippingAddressRequest {
  @ApiProperty({ example: 'Ada Lovelace' })
  @MinLength(1)
  @MaxLength(100)
  @IsString()
  recipient!: string;

  @ApiProperty({ example: '1 Main St' })
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  line1!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(200)
  @IsString()
  line2?: string;

  @ApiProperty({ example: 'Springfield' })
  @MinLength(1)
  @MaxLength(100)
  @IsString()
  city!: string;

  @ApiProperty({ example: '62701' })
  @MinLength(1)
  @MaxLength(20)
  @IsString()
  postalCode!: string;

  @ApiPropertyOptional({ example: 'IL' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  region?: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2.' })
  @Matches(/^[A-Z]{2}$/, {
    message: 'country must be an ISO 3166-1 alpha-2 code (two capital letters)',
  })
  @IsString()
  country!: string;
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
