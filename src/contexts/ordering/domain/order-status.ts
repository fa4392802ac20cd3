export type OrderStatus =
  'PENDING' | 'AWAITING_PAYMENT' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REJECTED';

export type RejectionReason = 'out_of_stock' | 'payment_declined';

/** One transition of an order, as shown on its timeline. */
export interface TimelineEntry {
  readonly status: OrderStatus;
  readonly at: string;
  readonly reason: string | null;
}
