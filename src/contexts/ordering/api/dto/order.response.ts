import { ApiProperty } from '@nestjs/swagger';
import type { OrderView } from '../../application/order.view.js';
import { ShippingAddressRequest } from './place-order.request.js';

class OrderMoney {
  @ApiProperty({ example: 1999 }) amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

class OrderLineResponse {
  @ApiProperty() sku!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: OrderMoney, description: 'The price when the order was placed.' })
  unitPrice!: OrderMoney;
  @ApiProperty() quantity!: number;
  @ApiProperty() weightGrams!: number;
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
  @ApiProperty() status!: OrderView['status'];
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

class ShippingAddressResponse extends ShippingAddressRequest {}

export class OrderResponse implements OrderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({
    enum: ['PENDING', 'AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REJECTED'],
  })
  status!: OrderView['status'];
  @ApiProperty({ type: String, nullable: true, example: 'out_of_stock' }) rejectionReason!:
    string | null;
  @ApiProperty({ type: [OrderLineResponse] }) lines!: OrderLineResponse[];
  @ApiProperty({ type: OrderTotalsResponse }) totals!: OrderTotalsResponse;
  @ApiProperty({ type: ShippingAddressResponse }) shippingAddress!: OrderView['shippingAddress'];
  @ApiProperty({ example: { type: 'card' } }) paymentMethod!: OrderView['paymentMethod'];
  @ApiProperty({ type: String, nullable: true }) promotionCode!: string | null;
  @ApiProperty({ type: [TimelineEntryResponse] }) timeline!: TimelineEntryResponse[];
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class OrderPageResponse {
  @ApiProperty({ type: [OrderResponse] }) items!: OrderResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
