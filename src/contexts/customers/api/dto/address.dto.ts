import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A postal address as callers send it. */
export class AddressRequest {
  @ApiProperty({ example: 'Ada Lovelace' })
  @MinLength(1)
  @MaxLength(100)
  @IsString()
  recipient!: string;

  @ApiProperty({ example: '12 St James’s Square' })
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

export class AddressResponse extends AddressRequest {
  @ApiProperty() id!: string;
}
