import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Matches, Max, Min } from 'class-validator';
import { PROMOTION_PERCENT } from '../../domain/promotion.js';

export class CreatePromotionRequest {
  @ApiProperty({ example: 'SPRING10', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{1,31}$' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/, {
    message: 'code must be 2-32 letters, digits or dashes',
  })
  @IsString()
  code!: string;

  @ApiProperty({
    type: 'integer',
    example: 15,
    minimum: PROMOTION_PERCENT.min,
    maximum: PROMOTION_PERCENT.max,
  })
  @Min(PROMOTION_PERCENT.min)
  @Max(PROMOTION_PERCENT.max)
  @IsInt()
  percentage!: number;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T00:00:00Z' })
  @IsISO8601({ strict: true })
  validFrom!: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-01T00:00:00Z' })
  @IsISO8601({ strict: true })
  validUntil!: string;
}

export class PromotionResponse {
  @ApiProperty({ example: 'SPRING10' }) code!: string;
  @ApiProperty({ type: 'integer', example: 15 }) percentage!: number;
  @ApiProperty({ format: 'date-time' }) validFrom!: string;
  @ApiProperty({ format: 'date-time' }) validUntil!: string;
}
