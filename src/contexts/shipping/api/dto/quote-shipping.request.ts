import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COUNTRY_CODE } from '../../../../platform/domain/index.js';
import { ShippingMoneyDto } from './shipping-money.dto.js';

const MAX_QUOTED_WEIGHT_GRAMS = 1_000_000;

export class QuoteShippingRequest {
  @ApiProperty({
    example: 'US',
    description: 'ISO 3166-1 alpha-2 code, upper case.',
    pattern: COUNTRY_CODE.source,
  })
  @Matches(COUNTRY_CODE, {
    message: 'destinationCountry must be an ISO 3166-1 alpha-2 code in upper case, such as US',
  })
  @IsString()
  destinationCountry!: string;

  @ApiProperty({ type: 'integer', example: 7000, minimum: 0, maximum: MAX_QUOTED_WEIGHT_GRAMS })
  @Min(0)
  @Max(MAX_QUOTED_WEIGHT_GRAMS)
  @IsInt()
  weightGrams!: number;

  @ApiProperty({
    type: ShippingMoneyDto,
    description: 'Merchandise total after discounts, before shipping.',
  })
  @ValidateNested()
  @Type(() => ShippingMoneyDto)
  @IsDefined()
  merchandiseTotal!: ShippingMoneyDto;

  @ApiPropertyOptional({ default: false, description: 'Premium customers ship free from 50.00.' })
  @IsOptional()
  @IsBoolean()
  premium?: boolean;
}
