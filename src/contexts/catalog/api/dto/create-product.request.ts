import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Sku } from '../../../../platform/domain/index.js';
import { PRODUCT_LIMITS } from '../../domain/product.js';
import { MoneyDto } from './money.dto.js';

/** A sku as callers may send it (surrounding blanks are trimmed, letters upper-cased). */
export const SKU_PATTERN = Sku.acceptedPattern.source;

export class CreateProductRequest {
  @ApiProperty({
    example: 'MUG-001',
    description: 'Letters, digits and dashes; stored upper-case.',
    pattern: SKU_PATTERN,
    minLength: Sku.minLength,
    maxLength: Sku.maxLength,
  })
  @Matches(Sku.acceptedPattern, { message: `sku ${Sku.rule}` })
  @MinLength(Sku.minLength)
  @MaxLength(Sku.maxLength)
  @IsString()
  sku!: string;

  @ApiProperty({ example: 'Enamel mug', minLength: 1, maxLength: PRODUCT_LIMITS.name })
  @MinLength(1)
  @MaxLength(PRODUCT_LIMITS.name)
  @IsString()
  name!: string;

  @ApiProperty({
    example: 'A sturdy enamel camping mug, 350 ml.',
    maxLength: PRODUCT_LIMITS.description,
  })
  @MaxLength(PRODUCT_LIMITS.description)
  @IsString()
  description!: string;

  @ApiProperty({
    example: 'kitchen',
    description: 'Lower-case slug.',
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    maxLength: PRODUCT_LIMITS.category,
  })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'category must be a slug of lower-case letters, digits and dashes',
  })
  @MaxLength(PRODUCT_LIMITS.category)
  @IsString()
  category!: string;

  @ApiProperty({ type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  @IsDefined()
  price!: MoneyDto;

  @ApiProperty({
    type: 'integer',
    example: 350,
    minimum: 0,
    maximum: PRODUCT_LIMITS.weightGrams,
  })
  @Min(0)
  @Max(PRODUCT_LIMITS.weightGrams)
  @IsInt()
  weightGrams!: number;
}
