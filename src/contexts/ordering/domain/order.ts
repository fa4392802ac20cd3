import { AggregateRoot, type Money, newId, PostalAddress } from '../../../platform/domain/index.js';
import type { Pricing } from './discount-calculator.js';
import {
  InvalidOrder,
  OrderAlreadyCancelled,
  OrderCannotBeCancelledAfterShipment,
  RejectedOrderCannotBeCancelled,
} from './order.errors.js';
import {
  OrderAwaitingPayment,
  OrderCancelled,
  OrderDelivered,
  OrderPaid,
  OrderPlaced,
  OrderRejected,
  OrderShipped,
} from './order.events.js';
import type { OrderStatus, RejectionReason, TimelineEntry } from './order-status.js';
import type {
  GivenShippingAddress,
  OrderLine,
  OrderTotals,
  ShippingAddress,
} from './order-values.js';
import type { PaymentMethod } from './payment-method.js';

export type {
  GivenShippingAddress,
  OrderLine,
  OrderTotals,
  ShippingAddress,
} from './order-values.js';

export const ORDER_LIMITS = { lines: 50, quantity: 100 } as const;

export interface OrderDraft {
  readonly customerId: string;
  readonly lines: readonly Omit<OrderLine, 'lineTotal' | 'volumeDiscount'>[];
  readonly pricing: Pricing;
  readonly shipping: Money;
  readonly shippingAddress: GivenShippingAddress;
  readonly paymentMethod: PaymentMethod;
  readonly promotionCode: string | null;
}

/** Everything an order is made of, by its public names. */
export interface OrderState {
  readonly id: string;
  readonly customerId: string;
  readonly lines: readonly OrderLine[];
  readonly shippingAddress: ShippingAddress;
  readonly paymentMethod: PaymentMethod;
  readonly promotionCode: string | null;
  readonly totals: OrderTotals;
  readonly placedAt: Date;
  readonly status: OrderStatus;
  readonly rejectionReason: RejectionReason | null;
  readonly timeline: readonly TimelineEntry[];
  readonly updatedAt: Date;
}

/**
 * A customer's order and its life:
 *
 *   PENDING → AWAITING_PAYMENT → PAID → SHIPPED → DELIVERED
 *      ↘ REJECTED (out of stock, payment declined)
 *   any state before SHIPPED → CANCELLED
 *
 * Reactions to other contexts' events are idempotent: a late or repeated
 * event never moves an order backwards or applies twice.
 */
export class Order extends AggregateRoot {
  readonly id: string;
  readonly customerId: string;
  readonly lines: readonly OrderLine[];
  readonly shippingAddress: ShippingAddress;
  readonly paymentMethod: PaymentMethod;
  readonly promotionCode: string | null;
  readonly totals: OrderTotals;
  readonly placedAt: Date;
  private _status: OrderStatus;
  private _rejectionReason: RejectionReason | null;
  private _timeline: readonly TimelineEntry[];
  private _updatedAt: Date;
  private readonly version?: number;

  get status(): OrderStatus {
    return this._status;
  }
  get rejectionReason(): RejectionReason | null {
    return this._rejectionReason;
  }
  get timeline(): readonly TimelineEntry[] {
    return this._timeline;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }

  // The ORM hydrates stored orders without calling the constructor.
  private constructor(state: OrderState) {
    super();
    this.id = state.id;
    this.customerId = state.customerId;
    this.lines = state.lines;
    this.shippingAddress = state.shippingAddress;
    this.paymentMethod = state.paymentMethod;
    this.promotionCode = state.promotionCode;
    this.totals = state.totals;
    this.placedAt = state.placedAt;
    this._status = state.status;
    this._rejectionReason = state.rejectionReason;
    this._timeline = state.timeline;
    this._updatedAt = state.updatedAt;
  }

  /** The rules every order's lines follow: 1-50 lines, each sku once, 1-100 of each. */
  static checkLines(lines: readonly { sku: string; quantity: number }[]): void {
    if (lines.length === 0) throw new InvalidOrder('lines', 'must contain at least one line');
    if (lines.length > ORDER_LIMITS.lines) {
      throw new InvalidOrder('lines', `must contain at most ${ORDER_LIMITS.lines} lines`);
    }
    const seen = new Set<string>();
    lines.forEach((line, i) => {
      if (seen.has(line.sku))
        throw new InvalidOrder(`lines[${i}].sku`, `${line.sku} appears more than once`);
      seen.add(line.sku);
      if (
        !Number.isInteger(line.quantity) ||
        line.quantity < 1 ||
        line.quantity > ORDER_LIMITS.quantity
      ) {
        throw new InvalidOrder(
          `lines[${i}].quantity`,
          `must be a whole number from 1 to ${ORDER_LIMITS.quantity}`,
        );
      }
    });
  }

  static place(draft: OrderDraft, now: Date): Order {
    Order.checkLines(draft.lines);
    const { pricing } = draft;
    const lines = draft.lines.map((line, i) => ({
      ...line,
      lineTotal: line.unitPrice.times(line.quantity),
      volumeDiscount: pricing.lineDiscounts[i]!,
    }));
    const order = new Order({
      id: newId(now.getTime()),
      customerId: draft.customerId,
      lines,
      shippingAddress: PostalAddress.parse(
        draft.shippingAddress,
        (field, message) => new InvalidOrder(`shippingAddress.${field}`, message),
      ),
      paymentMethod: draft.paymentMethod,
      promotionCode: draft.promotionCode,
      totals: {
        subtotal: pricing.gross,
        discount: pricing.volumeDiscount.add(pricing.orderDiscount),
        shipping: draft.shipping,
        total: pricing.merchandiseTotal.add(draft.shipping),
      },
      placedAt: now,
      status: 'PENDING',
      rejectionReason: null,
      timeline: [{ status: 'PENDING', at: now.toISOString(), reason: null }],
      updatedAt: now,
    });
    order.raise(
      new OrderPlaced(
        order.id,
        order.customerId,
        lines.map(({ sku, quantity }) => ({ sku, quantity })),
        now,
      ),
    );
    return order;
  }

  /** Inventory holds the stock: the order waits for its payment. Ignored unless the order is pending. */
  stockReserved(now: Date): void {
    if (this._status !== 'PENDING') return;
    this.moveTo('AWAITING_PAYMENT', now, null);
    this.raise(
      new OrderAwaitingPayment(
        this.id,
        this.customerId,
        this.totals.total,
        this.paymentMethod,
        now,
      ),
    );
  }

  /** The payment was captured. Ignored unless the order awaits payment. */
  paid(now: Date): void {
    if (this._status !== 'AWAITING_PAYMENT') return;
    this.moveTo('PAID', now, null);
    this.raise(
      new OrderPaid(
        this.id,
        this.customerId,
        this.lines.map(({ sku, quantity }) => ({ sku, quantity })),
        this.shippingAddress,
        this.totals.shipping,
        this.totals.total,
        now,
      ),
    );
  }

  /** The shipment left. Ignored unless the order is paid (a late or repeated event). */
  shipped(now: Date): void {
    if (this._status !== 'PAID') return;
    this.moveTo('SHIPPED', now, null);
    this.raise(new OrderShipped(this.id, this.customerId, now));
  }

  /** The shipment arrived. Ignored unless the order is shipped. */
  delivered(now: Date): void {
    if (this._status !== 'SHIPPED') return;
    this.moveTo('DELIVERED', now, null);
    this.raise(new OrderDelivered(this.id, this.customerId, this.totals.total, now));
  }

  /** The order cannot be fulfilled. Ignored once the order is past payment or already closed. */
  reject(reason: RejectionReason, now: Date): void {
    if (this._status !== 'PENDING' && this._status !== 'AWAITING_PAYMENT') return;
    this._rejectionReason = reason;
    this.moveTo('REJECTED', now, reason);
    this.raise(new OrderRejected(this.id, this.customerId, reason, now));
  }

  cancel(now: Date): void {
    switch (this._status) {
      case 'SHIPPED':
      case 'DELIVERED':
        throw new OrderCannotBeCancelledAfterShipment(this.id, this._status);
      case 'CANCELLED':
        throw new OrderAlreadyCancelled(this.id);
      case 'REJECTED':
        throw new RejectedOrderCannotBeCancelled(this.id);
      case 'PENDING':
      case 'AWAITING_PAYMENT':
      case 'PAID': {
        const previous = this._status;
        this.moveTo('CANCELLED', now, 'cancelled_by_customer');
        this.raise(new OrderCancelled(this.id, this.customerId, previous, now));
        return;
      }
    }
  }

  private moveTo(status: OrderStatus, now: Date, reason: string | null): void {
    this._status = status;
    this._updatedAt = now;
    this._timeline = [...this._timeline, { status, at: now.toISOString(), reason }];
  }
}
