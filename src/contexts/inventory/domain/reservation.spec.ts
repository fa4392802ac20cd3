import type { DomainError } from '../../../platform/domain/domain-error.js';
import {
  Reservation,
  StockReleased,
  StockReservationRejected,
  StockReserved,
} from './reservation.js';
import { StockItem } from './stock-item.js';
import { InsufficientStock, InvalidQuantity } from './stock-item.errors.js';

const now = new Date('2026-03-01T09:00:00Z');
const later = new Date('2026-03-01T10:00:00Z');
const orderId = '0195a1b2-0000-7000-8000-0000000000aa';

/** A stock item with `onHand` units received. */
const stock = (sku: string, onHand: number) => {
  const item = StockItem.open(sku, now);
  if (onHand > 0) item.receive(onHand, now);
  return item;
};

/** Stock keyed by sku, as the caller hands it to Reservation after locking the rows. */
const shelf = (...items: StockItem[]) => new Map(items.map((item) => [item.sku, item]));

function thrownBy(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error, none was thrown');
}

describe('Reservation', () => {
  it('reserves every line when all are available', () => {
    const mug = stock('MUG', 10);
    const tee = stock('TEE', 2);
    const reservation = Reservation.make(
      orderId,
      [
        { sku: 'MUG', quantity: 3 },
        { sku: 'TEE', quantity: 2 },
      ],
      shelf(mug, tee),
      now,
    );
    expect(reservation.status).toBe('reserved');
    expect(reservation.lackingSkus).toEqual([]);
    expect([mug.onHand, mug.reserved, mug.available]).toEqual([10, 3, 7]);
    expect([tee.onHand, tee.reserved, tee.available]).toEqual([2, 2, 0]);
    const events = reservation.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(StockReserved);
    expect(events[0]).toEqual(
      expect.objectContaining({
        aggregateId: orderId,
        lines: [
          { sku: 'MUG', quantity: 3 },
          { sku: 'TEE', quantity: 2 },
        ],
        occurredAt: now,
      }),
    );
  });

  it('reserves nothing when one line lacks stock, and names it', () => {
    const mug = stock('MUG', 10);
    const tee = stock('TEE', 2);
    const reservation = Reservation.make(
      orderId,
      [
        { sku: 'MUG', quantity: 3 },
        { sku: 'TEE', quantity: 3 },
      ],
      shelf(mug, tee),
      now,
    );
    expect(reservation.status).toBe('rejected');
    expect(reservation.lackingSkus).toEqual(['TEE']);
    expect(mug.reserved).toBe(0);
    expect(tee.reserved).toBe(0);
    const events = reservation.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(StockReservationRejected);
    expect(events[0]).toEqual(
      expect.objectContaining({ aggregateId: orderId, lackingSkus: ['TEE'], occurredAt: now }),
    );
  });

  it('names exactly the lacking skus, sorted, and counts an unknown sku as lacking', () => {
    const items = shelf(stock('ZED', 1), stock('MUG', 10), stock('ABC', 0));
    const reservation = Reservation.make(
      orderId,
      [
        { sku: 'ZED', quantity: 2 },
        { sku: 'MUG', quantity: 1 },
        { sku: 'NOPE', quantity: 1 },
        { sku: 'ABC', quantity: 1 },
      ],
      items,
      now,
    );
    expect(reservation.status).toBe('rejected');
    expect(reservation.lackingSkus).toEqual(['ABC', 'NOPE', 'ZED']);
    expect(items.get('MUG')!.reserved).toBe(0);
    expect(items.get('ZED')!.reserved).toBe(0);
    expect(reservation.pullEvents()).toEqual([
      expect.objectContaining({ lackingSkus: ['ABC', 'NOPE', 'ZED'] }),
    ]);
  });

  it('rejects a reservation whose only sku is unknown', () => {
    const reservation = Reservation.make(orderId, [{ sku: 'NOPE', quantity: 1 }], shelf(), now);
    expect(reservation.status).toBe('rejected');
    expect(reservation.lackingSkus).toEqual(['NOPE']);
  });

  it('sums the quantities of one sku over its lines', () => {
    const mug = stock('MUG', 10);
    const rejected = Reservation.make(
      orderId,
      [
        { sku: 'MUG', quantity: 6 },
        { sku: 'MUG', quantity: 5 },
      ],
      shelf(mug),
      now,
    );
    // Each line alone fits in 10, together they need 11.
    expect(rejected.status).toBe('rejected');
    expect(rejected.lackingSkus).toEqual(['MUG']);
    expect(mug.reserved).toBe(0);

    const reserved = Reservation.make(
      orderId,
      [
        { sku: 'MUG', quantity: 4 },
        { sku: 'MUG', quantity: 6 },
      ],
      shelf(mug),
      now,
    );
    expect(reserved.status).toBe('reserved');
    expect(reserved.lines).toEqual([{ sku: 'MUG', quantity: 10 }]);
    expect(mug.reserved).toBe(10);
    expect(mug.available).toBe(0);
    expect(reserved.pullEvents()).toEqual([
      expect.objectContaining({ lines: [{ sku: 'MUG', quantity: 10 }] }),
    ]);
  });

  it('releases its stock once', () => {
    const mug = stock('MUG', 10);
    const tee = stock('TEE', 5);
    const items = shelf(mug, tee);
    const reservation = Reservation.make(
      orderId,
      [
        { sku: 'MUG', quantity: 3 },
        { sku: 'TEE', quantity: 5 },
      ],
      items,
      now,
    );
    reservation.pullEvents();

    expect(reservation.release(items, later)).toBe(true);
    expect(reservation.status).toBe('released');
    expect([mug.reserved, mug.available]).toEqual([0, 10]);
    expect([tee.reserved, tee.available]).toEqual([0, 5]);
    const events = reservation.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(StockReleased);
    expect(events[0]).toEqual(
      expect.objectContaining({
        aggregateId: orderId,
        lines: [
          { sku: 'MUG', quantity: 3 },
          { sku: 'TEE', quantity: 5 },
        ],
        occurredAt: later,
      }),
    );

    // Another order holds 4 MUG meanwhile: a second release must not give those back.
    mug.reserve(4, later);
    expect(reservation.release(items, later)).toBe(false);
    expect(reservation.status).toBe('released');
    expect(mug.reserved).toBe(4);
    expect(reservation.pullEvents()).toEqual([]);
  });

  it('has nothing to release when it was rejected', () => {
    const mug = stock('MUG', 10);
    mug.reserve(2, now);
    const items = shelf(mug);
    const reservation = Reservation.make(orderId, [{ sku: 'MUG', quantity: 9 }], items, now);
    reservation.pullEvents();
    expect(reservation.release(items, later)).toBe(false);
    expect(reservation.status).toBe('rejected');
    expect(mug.reserved).toBe(2);
    expect(reservation.pullEvents()).toEqual([]);
  });
});

describe('StockItem', () => {
  it('opens with nothing on hand', () => {
    const item = StockItem.open('MUG', now);
    expect(item.sku).toBe('MUG');
    expect([item.onHand, item.reserved, item.available]).toEqual([0, 0, 0]);
  });

  it('has on hand minus reserved available', () => {
    const item = stock('MUG', 10);
    item.receive(5, later);
    item.reserve(4, later);
    expect(item.onHand).toBe(15);
    expect(item.reserved).toBe(4);
    expect(item.available).toBe(11);
    expect(item.updatedAt).toEqual(later);
    item.release(3, later);
    expect(item.reserved).toBe(1);
    expect(item.available).toBe(14);
  });

  it('reserves exactly what is available, and can reserve no more', () => {
    const item = stock('MUG', 3);
    expect(item.canReserve(3)).toBe(true);
    expect(item.canReserve(4)).toBe(false);
    item.reserve(3, now);
    expect(item.available).toBe(0);
    const error = thrownBy(() => item.reserve(1, now));
    expect(error).toBeInstanceOf(InsufficientStock);
    expect(error.code).toBe('INVENTORY.INSUFFICIENT_STOCK');
    expect(error.details).toEqual({ sku: 'MUG', requested: 1, available: 0 });
    expect(item.reserved).toBe(3);
  });

  it('refuses to reserve more than available', () => {
    const item = stock('MUG', 5);
    item.reserve(2, now);
    expect(() => item.reserve(4, now)).toThrow(InsufficientStock);
    expect(item.reserved).toBe(2);
  });

  it.each([
    ['receive 0', (item: StockItem) => item.receive(0, now)],
    ['receive -1', (item: StockItem) => item.receive(-1, now)],
    ['receive 1.5', (item: StockItem) => item.receive(1.5, now)],
    ['reserve 1.5', (item: StockItem) => item.reserve(1.5, now)],
    ['reserve 0', (item: StockItem) => item.reserve(0, now)],
    ['release 0', (item: StockItem) => item.release(0, now)],
  ])('refuses to %s', (_case, act) => {
    const item = stock('MUG', 10);
    const error = thrownBy(() => act(item));
    expect(error).toBeInstanceOf(InvalidQuantity);
    expect(error.code).toBe('INVENTORY.INVALID_QUANTITY');
    expect([item.onHand, item.reserved]).toEqual([10, 0]);
  });

  it('never lets reserved fall below zero on release', () => {
    const item = stock('MUG', 10);
    item.reserve(2, now);
    item.release(5, now);
    expect(item.reserved).toBe(0);
    expect(item.available).toBe(10);
  });
});
