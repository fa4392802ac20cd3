import { AggregateRoot, DomainEvent } from '../../../platform/domain/index.js';
import type { StockItem } from './stock-item.js';

export interface ReservedLine {
  readonly sku: string;
  readonly quantity: number;
}

export type ReservationStatus = 'reserved' | 'rejected' | 'committed' | 'released';

export class StockReserved extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly lines: readonly ReservedLine[],
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class StockReservationRejected extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly lackingSkus: readonly string[],
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class StockReleased extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly lines: readonly ReservedLine[],
    readonly occurredAt: Date,
  ) {
    super();
  }
}

/** Everything a reservation is made of, by its public names. */
export interface ReservationState {
  readonly orderId: string;
  readonly lines: readonly ReservedLine[];
  readonly createdAt: Date;
  readonly status: ReservationStatus;
  readonly lackingSkus: readonly string[];
  readonly updatedAt: Date;
}

/**
 * The stock held for one order (its id is the order's id). All lines are
 * reserved or none: a reservation that cannot be met in full is recorded as
 * rejected, naming the skus that lacked stock.
 */
export class Reservation extends AggregateRoot {
  readonly orderId: string;
  readonly lines: readonly ReservedLine[];
  readonly createdAt: Date;
  private _status: ReservationStatus;
  private _lackingSkus: readonly string[];
  private _updatedAt: Date;
  private readonly version?: number;

  get status(): ReservationStatus {
    return this._status;
  }
  get lackingSkus(): readonly string[] {
    return this._lackingSkus;
  }

  // The ORM hydrates stored reservations without calling the constructor.
  private constructor(state: ReservationState) {
    super();
    this.orderId = state.orderId;
    this.lines = state.lines;
    this.createdAt = state.createdAt;
    this._status = state.status;
    this._lackingSkus = state.lackingSkus;
    this._updatedAt = state.updatedAt;
  }

  /**
   * Reserves every line from `items` (locked by the caller, keyed by sku), or
   * none. Quantities of the same sku are summed.
   */
  static make(
    orderId: string,
    lines: readonly ReservedLine[],
    items: ReadonlyMap<string, StockItem>,
    now: Date,
  ): Reservation {
    const wanted = new Map<string, number>();
    for (const line of lines) wanted.set(line.sku, (wanted.get(line.sku) ?? 0) + line.quantity);
    const lacking = [...wanted]
      .filter(([sku, quantity]) => !items.get(sku)?.canReserve(quantity))
      .map(([sku]) => sku)
      .sort();
    const merged = [...wanted].map(([sku, quantity]) => ({ sku, quantity }));
    const reservation = new Reservation({
      orderId,
      lines: merged,
      createdAt: now,
      status: lacking.length === 0 ? 'reserved' : 'rejected',
      lackingSkus: lacking,
      updatedAt: now,
    });
    if (lacking.length > 0) {
      reservation.raise(new StockReservationRejected(orderId, lacking, now));
      return reservation;
    }
    for (const line of merged) items.get(line.sku)!.reserve(line.quantity, now);
    reservation.raise(new StockReserved(orderId, merged, now));
    return reservation;
  }

  /** The order is paid: the held units leave the stock. Only a held reservation can be committed. */
  commit(items: ReadonlyMap<string, StockItem>, now: Date): boolean {
    if (this._status !== 'reserved') return false;
    for (const line of this.lines) items.get(line.sku)?.commit(line.quantity, now);
    this._status = 'committed';
    this._updatedAt = now;
    return true;
  }

  /**
   * Gives the stock back: held units become available again, units already
   * taken for a paid order go back on the shelf. Returns whether anything was given back.
   */
  release(items: ReadonlyMap<string, StockItem>, now: Date): boolean {
    if (this._status !== 'reserved' && this._status !== 'committed') return false;
    for (const line of this.lines) {
      const item = items.get(line.sku);
      if (this._status === 'reserved') item?.release(line.quantity, now);
      else item?.receive(line.quantity, now);
    }
    this._status = 'released';
    this._updatedAt = now;
    this.raise(new StockReleased(this.orderId, this.lines, now));
    return true;
  }
}
