import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class IssueTokenRequest {
  @ApiProperty({ example: 'ada@example.com' })
  @MinLength(1)
  @MaxLength(254)
  @IsString()
  email!: string;

  @ApiProperty({ writeOnly: true })
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  password!: string;
}

export class TokenResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ example: 3600, description: 'Seconds until the token expires.' })
  expiresIn!: number;
}
