import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_LENGTH } from '../../domain/password-policy.js';

export class RegisterCustomerRequest {
  @ApiProperty({ example: 'ada@example.com' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @IsString()
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @MinLength(1)
  @MaxLength(100)
  @IsString()
  name!: string;

  @ApiProperty({ minLength: PASSWORD_LENGTH.min, maxLength: PASSWORD_LENGTH.max, writeOnly: true })
  @MinLength(PASSWORD_LENGTH.min)
  @MaxLength(PASSWORD_LENGTH.max)
  @IsString()
  password!: string;
}
