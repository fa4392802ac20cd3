import type { MoneyAsJson } from '../../../platform/domain/index.js';
import type { Order, OrderLine, OrderTotals, ShippingAddress } from '../domain/order.js';
import type { OrderStatus, TimelineEntry } from '../domain/order-status.js';

export type OrderLineView = MoneyAsJson<OrderLine>;
export type OrderTotalsView = MoneyAsJson<OrderTotals>;

/** An order as its owner (or an administrator) sees it. */
export interface OrderView {
  readonly id: string;
  readonly customerId: string;
  readonly status: OrderStatus;
  readonly rejectionReason: string | null;
  readonly lines: readonly OrderLineView[];
  readonly totals: OrderTotalsView;
  readonly shippingAddress: ShippingAddress;
  /** The kind of payment; a card token is never shown back. */
  readonly paymentMethod:
    { readonly type: 'card' } | { readonly type: 'paypal'; readonly payerEmail: string };
  readonly promotionCode: string | null;
  readonly timeline: readonly TimelineEntry[];
  readonly placedAt: string;
  readonly updatedAt: string;
}

export interface OrderRow {
  id: string;
  customer_id: string;
  status: OrderStatus;
  rejection_reason: string | null;
  lines: OrderLineView[];
  totals: OrderTotalsView;
  shipping_address: ShippingAddress;
  payment_method: { type: 'card'; token: string } | { type: 'paypal'; payerEmail: string };
  promotion_code: string | null;
  timeline: TimelineEntry[];
  placed_at: Date;
  updated_at: Date;
}

export function toOrderView(row: OrderRow): OrderView {
  const method = row.payment_method;
  return {
    id: row.id,
    customerId: row.customer_id,
    status: row.status,
    rejectionReason: row.rejection_reason,
    lines: row.lines,
    totals: row.totals,
    shippingAddress: row.shipping_address,
    paymentMethod:
      method.type === 'card' ? { type: 'card' } : { type: 'paypal', payerEmail: method.payerEmail },
    promotionCode: row.promotion_code,
    timeline: row.timeline,
    placedAt: new Date(row.placed_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The view of an order the caller has just written, without reading it back. */
export function viewOfOrder(order: Order): OrderView {
  return toOrderView({
    id: order.id,
    customer_id: order.customerId,
    status: order.status,
    rejection_reason: order.rejectionReason,
    lines: [...order.lines],
    totals: order.totals,
    shipping_address: order.shippingAddress,
    payment_method: order.paymentMethod,
    promotion_code: order.promotionCode,
    timeline: [...order.timeline],
    placed_at: order.placedAt,
    updated_at: order.updatedAt,
  });
}
