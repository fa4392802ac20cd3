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
import { PRODUCT_LIMITS } from '../../domain/product.js';
import { MoneyDto } from './money.dto.js';

export class CreateProductRequest {
  @ApiProperty({ example: 'MUG-001', description: 'Letters, digits and dashes; stored upper-case.' })
  @IsString()
  @Matches(/^\s*[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\s*$/, {
    message: 'sku must be letters or digits in groups separated by single dashes',
  })
  @MinLength(3)
  @MaxLength(40)
  sku!: string;

  @ApiProperty({ example: 'Enamel mug' })
  @IsString()
  @MinLength(1)
  @MaxLength(PRODUCT_LIMITS.name)
  name!: string;

  @ApiProperty({ example: 'A sturdy enamel camping mug, 350 ml.' })
  @IsString()
  @MaxLength(PRODUCT_LIMITS.description)
  description!: string;

  @ApiProperty({ example: 'kitchen', description: 'Lower-case slug.' })
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'category must be a slug of lower-case letters, digits and dashes',
  })
  @MaxLength(PRODUCT_LIMITS.category)
  category!: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  price!: MoneyDto;

  @ApiProperty({ example: 350, minimum: 0, maximum: PRODUCT_LIMITS.weightGrams })
  @IsInt()
  @Min(0)
  @Max(PRODUCT_LIMITS.weightGrams)
  weightGrams!: number;
}
