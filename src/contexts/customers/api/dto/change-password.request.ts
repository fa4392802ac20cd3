import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordRequest {
  @ApiProperty({ writeOnly: true })
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  currentPassword!: string;

  @ApiProperty({ writeOnly: true, minLength: 12, maxLength: 200 })
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  newPassword!: string;
}
