import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

export class MoneyDto {
  @ApiProperty({
    type: 'integer',
    description: 'Amount in minor units (cents).',
    example: 1999,
    minimum: 1,
    maximum: Number.MAX_SAFE_INTEGER,
  })
  @Min(1)
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
