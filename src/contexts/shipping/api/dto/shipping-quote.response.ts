import { ApiProperty } from '@nestjs/swagger';
import type { FreeShippingReason, ShippingQuote, ShippingZone } from '../../contracts/index.js';
import { ShippingMoneyDto } from './shipping-money.dto.js';

export class ShippingQuoteResponse implements ShippingQuote {
  @ApiProperty({ type: ShippingMoneyDto, description: 'Zero when shipping is free.' })
  cost!: ShippingMoneyDto;

  @ApiProperty({ enum: ['domestic', 'international'], example: 'domestic' })
  zone!: ShippingZone;

  @ApiProperty({
    type: 'integer',
    example: 7,
    description: 'Started kilograms charged, at least 1.',
  })
  chargeableKilograms!: number;

  @ApiProperty({ example: false }) free!: boolean;

  @ApiProperty({
    enum: ['premium_threshold', 'order_threshold'],
    nullable: true,
    type: String,
    description: 'Why shipping is free; null when it is not.',
  })
  freeBecause!: FreeShippingReason | null;
}
