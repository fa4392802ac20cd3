import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { oneOfByType } from '../../../../platform/http/openapi.js';
import type { OrderView } from '../../application/order.view.js';
import type { OrderStatus } from '../../domain/order-status.js';
import { PostalAddressResponse } from '../../../../platform/http/postal-address.response.js';

const ORDER_STATUSES: readonly OrderStatus[] = [
  'PENDING',
  'AWAITING_PAYMENT',
  'PAID',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'REJECTED',
];

class OrderMoney {
  @ApiProperty({ type: 'integer', example: 1999, description: 'Minor units (cents).' })
  amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

class OrderLineResponse {
  @ApiProperty({ example: 'MUG-001' }) sku!: string;
  @ApiProperty({ example: 'Enamel mug' }) name!: string;
  @ApiProperty({ type: OrderMoney, description: 'The price when the order was placed.' })
  unitPrice!: OrderMoney;
  @ApiProperty({ type: 'integer', example: 2 }) quantity!: number;
  @ApiProperty({ type: 'integer', example: 500 }) weightGrams!: number;
  @ApiProperty({ type: OrderMoney }) lineTotal!: OrderMoney;
  @ApiProperty({ type: OrderMoney }) volumeDiscount!: OrderMoney;
}

class OrderTotalsResponse {
  @ApiProperty({ type: OrderMoney, description: 'Σ unit price × quantity.' }) subtotal!: OrderMoney;
  @ApiProperty({ type: OrderMoney, description: 'Volume discounts plus the order discount.' })
  discount!: OrderMoney;
  @ApiProperty({ type: OrderMoney }) shipping!: OrderMoney;
  @ApiProperty({ type: OrderMoney }) total!: OrderMoney;
}

class TimelineEntryResponse {
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus', example: 'PAID' })
  status!: OrderView['status'];
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) reason!: string | null;
}

class CardPaymentResponse {
  @ApiProperty({ enum: ['card'], example: 'card' }) type!: 'card';
}

class PayPalPaymentResponse {
  @ApiProperty({ enum: ['paypal'], example: 'paypal' }) type!: 'paypal';
  @ApiProperty({ format: 'email', example: 'ada@example.com' }) payerEmail!: string;
}

@ApiExtraModels(CardPaymentResponse, PayPalPaymentResponse)
export class OrderResponse implements OrderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus', example: 'PAID' })
  status!: OrderView['status'];
  @ApiProperty({ type: String, nullable: true, example: 'out_of_stock' }) rejectionReason!:
    string | null;
  @ApiProperty({ type: [OrderLineResponse] }) lines!: OrderLineResponse[];
  @ApiProperty({ type: OrderTotalsResponse }) totals!: OrderTotalsResponse;
  @ApiProperty({ type: PostalAddressResponse }) shippingAddress!: PostalAddressResponse;
  @ApiProperty({
    description: 'The kind of payment; a card token is never shown back.',
    ...oneOfByType({ card: CardPaymentResponse, paypal: PayPalPaymentResponse }),
  })
  paymentMethod!: OrderView['paymentMethod'];
  @ApiProperty({ type: String, nullable: true, example: 'SPRING10' }) promotionCode!: string | null;
  @ApiProperty({ type: [TimelineEntryResponse] }) timeline!: TimelineEntryResponse[];
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class OrderPageResponse {
  @ApiProperty({ type: [OrderResponse] }) items!: OrderResponse[];
  @ApiProperty({ type: String, nullable: true, example: null }) nextCursor!: string | null;
}
