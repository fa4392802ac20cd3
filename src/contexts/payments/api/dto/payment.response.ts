import { ApiProperty } from '@nestjs/swagger';
import type { PaymentView } from '../../application/list-payments/list-payments.query.js';

const PAYMENT_STATUSES: readonly PaymentView['status'][] = ['captured', 'failed', 'refunded'];

class PaymentMoney {
  @ApiProperty({ type: 'integer', example: 7709, description: 'Minor units (cents).' })
  amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

class PaymentHistoryEntryResponse {
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'PaymentStatus' })
  status!: PaymentView['status'];
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) detail!: string | null;
}

export class PaymentResponse implements PaymentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'PaymentStatus', example: 'captured' })
  status!: PaymentView['status'];
  @ApiProperty({ type: PaymentMoney }) amount!: PaymentMoney;
  @ApiProperty({ enum: ['card', 'paypal'], example: 'card' })
  methodType!: PaymentView['methodType'];
  @ApiProperty({ type: String, nullable: true, example: 'ch_3f9a1c' })
  providerReference!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) failureReason!: string | null;
  @ApiProperty({ type: [PaymentHistoryEntryResponse] }) history!: PaymentHistoryEntryResponse[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PaymentListResponse {
  @ApiProperty({ type: [PaymentResponse] }) items!: PaymentResponse[];
}
