import { ApiProperty } from '@nestjs/swagger';
import type { CustomerProfileView } from '../../application/get-profile/get-profile.query.js';
import { AddressResponse } from './address.dto.js';

class MoneyResponse {
  @ApiProperty({ type: 'integer', example: 0, description: 'Minor units (cents).' })
  amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

export class ProfileResponse implements CustomerProfileView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email', example: 'ada@example.com' }) email!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) name!: string;
  @ApiProperty({ enum: ['customer', 'admin'] }) role!: 'customer' | 'admin';
  @ApiProperty({ enum: ['standard', 'premium'] }) tier!: 'standard' | 'premium';
  @ApiProperty({ type: [AddressResponse] }) addresses!: AddressResponse[];
  @ApiProperty({ type: MoneyResponse }) lifetimeSpend!: MoneyResponse;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
