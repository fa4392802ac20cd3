import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A postal address as callers send it. */
export class AddressRequest {
  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 100 })
  @MinLength(1)
  @MaxLength(100)
  @IsString()
  recipient!: string;

  @ApiProperty({ example: '12 St James’s Square', minLength: 1, maxLength: 200 })
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  line1!: string;

  @ApiPropertyOptional({ example: 'Flat 2', maxLength: 200 })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  line2?: string;

  @ApiProperty({ example: 'Springfield', minLength: 1, maxLength: 100 })
  @MinLength(1)
  @MaxLength(100)
  @IsString()
  city!: string;

  @ApiProperty({ example: '62701', minLength: 1, maxLength: 20 })
  @MinLength(1)
  @MaxLength(20)
  @IsString()
  postalCode!: string;

  @ApiPropertyOptional({ example: 'IL', maxLength: 100 })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  region?: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2.', pattern: '^[A-Z]{2}$' })
  @Matches(/^[A-Z]{2}$/, {
    message: 'country must be an ISO 3166-1 alpha-2 code (two capital letters)',
  })
  @IsString()
  country!: string;
}

/** A saved address: the optional lines come back as null when absent. */
export class AddressResponse extends OmitType(AddressRequest, ['line2', 'region'] as const) {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) line2!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'IL' }) region!: string | null;
}
