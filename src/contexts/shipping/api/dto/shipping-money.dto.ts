import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

// Its own name: OpenAPI schemas are keyed by class name, and catalog's MoneyDto requires a positive amount.
export class ShippingMoneyDto {
  @ApiProperty({
    type: 'integer',
    description: 'Amount in minor units (cents).',
    example: 6610,
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
  })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  @IsInt()
  amount!: number;

  @ApiProperty({
    description: 'ISO 4217 code; must be the shop’s currency.',
    example: 'USD',
    pattern: '^[A-Z]{3}$',
  })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code' })
  @IsString()
  currency!: string;
}
