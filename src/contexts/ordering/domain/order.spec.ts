import { anOrder } from '../../../../test/builders/order.builder.js';
import type { DomainError } from '../../../platform/domain/domain-error.js';
import { Order } from './order.js';
import {
  InvalidOrder,
  OrderAlreadyCancelled,
  OrderCannotBeCancelledAfterShipment,
  RejectedOrderCannotBeCancelled,
} from './order.errors.js';
import {
  OrderAwaitingPayment,
  OrderCancelled,
  OrderPlaced,
  OrderRejected,
} from './order.events.js';
import type { OrderStatus } from './order-status.js';
import { PaymentMethod } from './payment-method.js';

const placedAt = new Date('2026-03-01T09:00:00Z');
const reservedAt = new Date('2026-03-01T09:00:05Z');
const later = new Date('2026-03-01T10:00:00Z');
const customerId = '0195a1b2-0000-7000-8000-00000000c0de';

/** The brief's worked example: 2 × 19.99 (0.5 kg) and 5 × 5.50 (1.2 kg), shipping 10.99. */
const workedExample = () =>
  anOrder()
    .forCustomer(customerId)
    .withLine('MUG-RED-1', 2, 1999, 500)
    .withLine('TEE-BLK-M', 5, 550, 1200)
    .shippingCents(1099)
    .build(placedAt);

/** A freshly placed order whose OrderPlaced event has been collected already. */
const pending = () => {
  const order = workedExample();
  order.pullEvents();
  return order;
};

const awaitingPayment = () => {
  const order = pending();
  order.stockReserved(reservedAt);
  order.pullEvents();
  return order;
};

/** The error `act` throws, so its class, code and details can be checked. */
function thrownBy(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error, none was thrown');
}

/**
 * An order as the ORM loads it from a row: without calling the constructor.
 * Order has no method that moves it to SHIPPED or DELIVERED yet (shipping's
 * events are not handled in the domain model), so this is the only way to get
 * such an order in a unit test.
 */
function hydrated(status: OrderStatus): Order {
  return Object.assign(Object.create(Order.prototype) as Order, {
    id: '0195a1b2-0000-7000-8000-000000000005',
    customerId,
    _status: status,
    _rejectionReason: null,
    _timeline: [],
  });
}

describe('Order', () => {
  describe('place', () => {
    it('starts PENDING with a timeline entry and raises OrderPlaced with the lines', () => {
      const order = workedExample();
      expect(order.status).toBe('PENDING');
      expect(order.customerId).toBe(customerId);
      expect(order.placedAt).toEqual(placedAt);
      expect(order.rejectionReason).toBeNull();
      expect(order.timeline).toEqual([
        { status: 'PENDING', at: '2026-03-01T09:00:00.000Z', reason: null },
      ]);
      const events = order.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(OrderPlaced);
      expect(events[0]).toEqual(
        expect.objectContaining({
          aggregateId: order.id,
          customerId,
          lines: [
            { sku: 'MUG-RED-1', quantity: 2 },
            { sku: 'TEE-BLK-M', quantity: 5 },
          ],
          occurredAt: placedAt,
        }),
      );
      expect(order.pullEvents()).toEqual([]);
    });

    it("shows subtotal, discount, shipping and total of the brief's worked example", () => {
      const order = workedExample();
      expect(order.totals).toEqual({
        subtotal: { amount: 6748, currency: 'USD' },
        discount: { amount: 138, currency: 'USD' },
        shipping: { amount: 1099, currency: 'USD' },
        total: { amount: 7709, currency: 'USD' },
      });
    });

    it('keeps each line with its price snapshot, line total and volume discount', () => {
      expect(workedExample().lines).toEqual([
        {
          sku: 'MUG-RED-1',
          name: 'Product MUG-RED-1',
          unitPrice: { amount: 1999, currency: 'USD' },
          quantity: 2,
          weightGrams: 500,
          lineTotal: { amount: 3998, currency: 'USD' },
          volumeDiscount: { amount: 0, currency: 'USD' },
        },
        {
          sku: 'TEE-BLK-M',
          name: 'Product TEE-BLK-M',
          unitPrice: { amount: 550, currency: 'USD' },
          quantity: 5,
          weightGrams: 1200,
          lineTotal: { amount: 2750, currency: 'USD' },
          volumeDiscount: { amount: 138, currency: 'USD' },
        },
      ]);
    });

    it('counts the order discount in the discount total', () => {
      const order = anOrder()
        .forPremiumCustomer()
        .withLine('MUG-RED-1', 2, 1999)
        .withLine('TEE-BLK-M', 5, 550)
        .shippingCents(0)
        .build(placedAt);
      // volume 138 + premium 10 % of 6610 = 661
      expect(order.totals.discount.amount).toBe(799);
      expect(order.totals.total.amount).toBe(5949);
    });

    it('refuses a duplicate sku, naming the second line', () => {
      const error = thrownBy(() =>
        anOrder().withLine('MUG-RED-1', 1, 1999).withLine('MUG-RED-1', 2, 1999).build(placedAt),
      );
      expect(error).toBeInstanceOf(InvalidOrder);
      expect(error.code).toBe('ORDERING.INVALID_ORDER');
      expect((error.details as any).errors[0].field).toBe('lines[1].sku');
    });
  });

  describe('checkLines', () => {
    const manyLines = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ sku: `SKU-${i}`, quantity: 1 }));

    it.each([
      ['no line', [], 'lines'],
      ['51 lines', manyLines(51), 'lines'],
      [
        'a duplicate sku',
        [
          { sku: 'A', quantity: 1 },
          { sku: 'A', quantity: 1 },
        ],
        'lines[1].sku',
      ],
      ['quantity 0', [{ sku: 'A', quantity: 0 }], 'lines[0].quantity'],
      ['quantity 101', [{ sku: 'A', quantity: 101 }], 'lines[0].quantity'],
      ['quantity 1.5', [{ sku: 'A', quantity: 1.5 }], 'lines[0].quantity'],
      ['quantity -1', [{ sku: 'A', quantity: -1 }], 'lines[0].quantity'],
      [
        'a bad quantity on the third line',
        [
          { sku: 'A', quantity: 1 },
          { sku: 'B', quantity: 1 },
          { sku: 'C', quantity: 0 },
        ],
        'lines[2].quantity',
      ],
    ])('refuses %s, naming %s', (_case, lines, field) => {
      const error = thrownBy(() => Order.checkLines(lines));
      expect(error).toBeInstanceOf(InvalidOrder);
      expect(error.code).toBe('ORDERING.INVALID_ORDER');
      expect(error.kind).toBe('invalid');
      expect((error.details as any).errors[0].field).toBe(field);
    });

    it('accepts 1 to 50 lines of 1 to 100 units', () => {
      expect(() => Order.checkLines([{ sku: 'A', quantity: 1 }])).not.toThrow();
      expect(() => Order.checkLines([{ sku: 'A', quantity: 100 }])).not.toThrow();
      expect(() => Order.checkLines(manyLines(50))).not.toThrow();
    });
  });

  describe('stockReserved', () => {
    it('moves a pending order to AWAITING_PAYMENT and asks for the total by its payment method', () => {
      const order = pending();
      order.stockReserved(reservedAt);
      expect(order.status).toBe('AWAITING_PAYMENT');
      expect(order.timeline).toEqual([
        { status: 'PENDING', at: '2026-03-01T09:00:00.000Z', reason: null },
        { status: 'AWAITING_PAYMENT', at: '2026-03-01T09:00:05.000Z', reason: null },
      ]);
      const events = order.pullEvents();
      expect(events).toHaveLength(1);
      const event = events[0] as OrderAwaitingPayment;
      expect(event).toBeInstanceOf(OrderAwaitingPayment);
      expect(event.aggregateId).toBe(order.id);
      expect(event.customerId).toBe(customerId);
      expect(event.amount.toJSON()).toEqual({ amount: 7709, currency: 'USD' });
      expect(event.paymentMethod).toEqual({ type: 'card', token: 'tok_visa' });
      expect(event.occurredAt).toEqual(reservedAt);
    });

    it('carries a PayPal payer to the payment request', () => {
      const order = anOrder()
        .paidWith({ type: 'paypal', payerEmail: 'ada@example.com' })
        .build(placedAt);
      order.pullEvents();
      order.stockReserved(reservedAt);
      expect(order.pullEvents()).toEqual([
        expect.objectContaining({
          paymentMethod: { type: 'paypal', payerEmail: 'ada@example.com' },
        }),
      ]);
    });

    it('does nothing the second time', () => {
      const order = awaitingPayment();
      order.stockReserved(later);
      expect(order.status).toBe('AWAITING_PAYMENT');
      expect(order.timeline).toHaveLength(2);
      expect(order.pullEvents()).toEqual([]);
    });

    it('does nothing once the order is cancelled', () => {
      const order = pending();
      order.cancel(later);
      order.pullEvents();
      order.stockReserved(later);
      expect(order.status).toBe('CANCELLED');
      expect(order.timeline).toHaveLength(2);
      expect(order.pullEvents()).toEqual([]);
    });
  });

  describe('reject', () => {
    it('rejects a pending order out of stock, with the reason on the timeline', () => {
      const order = pending();
      order.reject('out_of_stock', later);
      expect(order.status).toBe('REJECTED');
      expect(order.rejectionReason).toBe('out_of_stock');
      expect(order.timeline).toEqual([
        { status: 'PENDING', at: '2026-03-01T09:00:00.000Z', reason: null },
        { status: 'REJECTED', at: '2026-03-01T10:00:00.000Z', reason: 'out_of_stock' },
      ]);
      const events = order.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(OrderRejected);
      expect(events[0]).toEqual(
        expect.objectContaining({
          aggregateId: order.id,
          customerId,
          reason: 'out_of_stock',
          occurredAt: later,
        }),
      );
    });

    it('rejects an order awaiting payment when the payment is declined', () => {
      const order = awaitingPayment();
      order.reject('payment_declined', later);
      expect(order.status).toBe('REJECTED');
      expect(order.rejectionReason).toBe('payment_declined');
      expect(order.timeline.map((e) => e.status)).toEqual([
        'PENDING',
        'AWAITING_PAYMENT',
        'REJECTED',
      ]);
      expect(order.pullEvents()).toEqual([expect.objectContaining({ reason: 'payment_declined' })]);
    });

    it('does nothing after cancellation', () => {
      const order = pending();
      order.cancel(later);
      order.pullEvents();
      order.reject('out_of_stock', later);
      expect(order.status).toBe('CANCELLED');
      expect(order.rejectionReason).toBeNull();
      expect(order.timeline).toHaveLength(2);
      expect(order.pullEvents()).toEqual([]);
    });

    it('does nothing the second time', () => {
      const order = pending();
      order.reject('out_of_stock', later);
      order.pullEvents();
      order.reject('payment_declined', later);
      expect(order.rejectionReason).toBe('out_of_stock');
      expect(order.timeline).toHaveLength(2);
      expect(order.pullEvents()).toEqual([]);
    });
  });

  describe('cancel', () => {
    it.each([
      ['PENDING', pending, 1],
      ['AWAITING_PAYMENT', awaitingPayment, 2],
    ] as const)('cancels an order that is %s', (previousStatus, make, entriesBefore) => {
      const order = make();
      order.cancel(later);
      expect(order.status).toBe('CANCELLED');
      expect(order.timeline).toHaveLength(entriesBefore + 1);
      expect(order.timeline.at(-1)).toEqual({
        status: 'CANCELLED',
        at: '2026-03-01T10:00:00.000Z',
        reason: 'cancelled_by_customer',
      });
      const events = order.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(OrderCancelled);
      expect(events[0]).toEqual(
        expect.objectContaining({
          aggregateId: order.id,
          customerId,
          previousStatus,
          occurredAt: later,
        }),
      );
    });

    it('refuses to cancel twice', () => {
      const order = pending();
      order.cancel(later);
      order.pullEvents();
      const error = thrownBy(() => order.cancel(later));
      expect(error).toBeInstanceOf(OrderAlreadyCancelled);
      expect(error.code).toBe('ORDERING.ORDER_ALREADY_CANCELLED');
      expect(error.kind).toBe('conflict');
      expect(order.timeline).toHaveLength(2);
      expect(order.pullEvents()).toEqual([]);
    });

    it('refuses to cancel a rejected order', () => {
      const order = pending();
      order.reject('out_of_stock', later);
      order.pullEvents();
      const error = thrownBy(() => order.cancel(later));
      expect(error).toBeInstanceOf(RejectedOrderCannotBeCancelled);
      expect(error.code).toBe('ORDERING.REJECTED_ORDER_CANNOT_BE_CANCELLED');
      expect(order.status).toBe('REJECTED');
      expect(order.pullEvents()).toEqual([]);
    });

    it.each(['SHIPPED', 'DELIVERED'] as const)('refuses to cancel an order %s', (status) => {
      const order = hydrated(status);
      const error = thrownBy(() => order.cancel(later));
      expect(error).toBeInstanceOf(OrderCannotBeCancelledAfterShipment);
      expect(error.code).toBe('ORDERING.ORDER_CANNOT_BE_CANCELLED_AFTER_SHIPMENT');
      expect(error.kind).toBe('conflict');
      expect(error.details).toEqual({ orderId: order.id, orderStatus: status });
      expect(order.status).toBe(status);
      expect(order.timeline).toEqual([]);
      expect(order.pullEvents()).toEqual([]);
    });
  });
});

describe('PaymentMethod.parse', () => {
  const fieldOf = (raw: { type: string; token?: string; payerEmail?: string }) => {
    const error = thrownBy(() => PaymentMethod.parse(raw));
    expect(error).toBeInstanceOf(InvalidOrder);
    expect(error.code).toBe('ORDERING.INVALID_ORDER');
    return (error.details as any).errors[0].field as string;
  };

  it('accepts a card token', () => {
    expect(PaymentMethod.parse({ type: 'card', token: 'tok_visa' })).toEqual({
      type: 'card',
      token: 'tok_visa',
    });
  });

  it.each([
    ['no token', undefined],
    ['an empty token', ''],
    ['a card number', '4242424242424242'],
    ['a token with spaces', 'tok_visa 4242'],
  ])('refuses a card with %s, naming paymentMethod.token', (_case, token) => {
    expect(fieldOf({ type: 'card', token })).toBe('paymentMethod.token');
  });

  it('never keeps anything but the token of a card', () => {
    expect(
      PaymentMethod.parse({ type: 'card', token: 'tok_visa', payerEmail: 'ada@example.com' }),
    ).toEqual({ type: 'card', token: 'tok_visa' });
  });

  it('normalises a PayPal payer e-mail to lower case', () => {
    expect(PaymentMethod.parse({ type: 'paypal', payerEmail: 'Ada@Example.COM' })).toEqual({
      type: 'paypal',
      payerEmail: 'ada@example.com',
    });
  });

  it.each([undefined, '', 'ada', 'ada@example', 'ada lovelace@example.com'])(
    'refuses a PayPal payer e-mail of %p, naming paymentMethod.payerEmail',
    (payerEmail) => {
      expect(fieldOf({ type: 'paypal', payerEmail })).toBe('paymentMethod.payerEmail');
    },
  );

  it.each(['bitcoin', '', 'CARD'])('refuses a payment type of %p', (type) => {
    expect(fieldOf({ type, token: 'tok_visa' })).toBe('paymentMethod.type');
  });
});
