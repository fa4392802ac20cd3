import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_LENGTH } from '../../domain/password-policy.js';

export class RegisterCustomerRequest {
  @ApiProperty({ example: 'ada@example.com', format: 'email', maxLength: 254 })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @IsString()
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 100 })
  @MinLength(1)
  @MaxLength(100)
  @IsString()
  name!: string;

  @ApiProperty({
    minLength: PASSWORD_LENGTH.min,
    maxLength: PASSWORD_LENGTH.max,
    writeOnly: true,
    example: 'analytical-engine',
  })
  @MinLength(PASSWORD_LENGTH.min)
  @MaxLength(PASSWORD_LENGTH.max)
  @IsString()
  password!: string;
}
