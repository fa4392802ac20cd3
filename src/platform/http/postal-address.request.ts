import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { COUNTRY_CODE, PostalAddress } from '../domain/postal-address.js';

type TextPart = keyof typeof PostalAddress.parts;

// The type check is registered first so that, with stopAtFirstError, it is reported first.
function Part(part: TextPart, example?: string): PropertyDecorator {
  const { max, optional } = PostalAddress.parts[part];
  return applyDecorators(
    IsString(),
    MaxLength(max),
    ...(optional
      ? [IsOptional(), ApiPropertyOptional({ example, maxLength: max })]
      : [MinLength(1), ApiProperty({ example, minLength: 1, maxLength: max })]),
  );
}

/** A postal address as callers send it; the limits are the domain's (PostalAddress). */
export class PostalAddressRequest {
  @Part('recipient', 'Ada Lovelace') recipient!: string;
  @Part('line1', '1 Main St') line1!: string;
  @Part('line2') line2?: string;
  @Part('city', 'Springfield') city!: string;
  @Part('postalCode', '62701') postalCode!: string;
  @Part('region', 'IL') region?: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2.', pattern: COUNTRY_CODE.source })
  @Matches(COUNTRY_CODE, { message: `country ${PostalAddress.countryRule}` })
  @IsString()
  country!: string;
}
