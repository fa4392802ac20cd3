import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class IssueTokenRequest {
  @ApiProperty({ example: 'ada@example.com', format: 'email', minLength: 1, maxLength: 254 })
  @MinLength(1)
  @MaxLength(254)
  @IsString()
  email!: string;

  @ApiProperty({ writeOnly: true, example: 'analytical-engine', minLength: 1, maxLength: 200 })
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  password!: string;
}

export class TokenResponse {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl' }) accessToken!: string;
  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ type: 'integer', example: 3600, description: 'Seconds until the token expires.' })
  expiresIn!: number;
}
