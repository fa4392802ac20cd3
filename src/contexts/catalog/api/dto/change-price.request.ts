import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { MoneyDto } from './money.dto.js';

export class ChangePriceRequest {
  @ApiProperty({ type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  @IsDefined()
  price!: MoneyDto;
}
