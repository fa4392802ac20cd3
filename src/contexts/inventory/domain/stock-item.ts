import { AggregateRoot, newId } from '../../../platform/domain/index.js';
import { InsufficientStock, InvalidQuantity } from './stock-item.errors.js';

/** Everything a stock item is made of, by its public names. */
export interface StockItemState {
  readonly id: string;
  readonly sku: string;
  readonly createdAt: Date;
  readonly onHand: number;
  readonly reserved: number;
  readonly updatedAt: Date;
}

/**
 * The stock of one sku: how many units are on hand and how many of those are
 * reserved for orders. Available = on hand − reserved, never below zero.
 * Changed only under a row lock (StockLocks): concurrent changes wait for
 * each other instead of overwriting.
 */
export class StockItem extends AggregateRoot {
  readonly id: string;
  readonly sku: string;
  readonly createdAt: Date;
  private _onHand: number;
  private _reserved: number;
  private _updatedAt: Date;

  get onHand(): number {
    return this._onHand;
  }
  get reserved(): number {
    return this._reserved;
  }
  get available(): number {
    return this._onHand - this._reserved;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }

  // The ORM hydrates stored items without calling the constructor.
  private constructor(state: StockItemState) {
    super();
    this.id = state.id;
    this.sku = state.sku;
    this.createdAt = state.createdAt;
    this._onHand = state.onHand;
    this._reserved = state.reserved;
    this._updatedAt = state.updatedAt;
  }

  /** Goods arrived: more on hand. */
  receive(quantity: number, now: Date): void {
    assertPositive(quantity);
    this._onHand += quantity;
    this._updatedAt = now;
  }

  /** Whether `quantity` more units can be held for an order. */
  canReserve(quantity: number): boolean {
    return quantity <= this.available;
  }

  /** Holds units for an order. Callers check `canReserve` first; this never oversells. */
  reserve(quantity: number, now: Date): void {
    assertPositive(quantity);
    if (!this.canReserve(quantity)) throw new InsufficientStock(this.sku, quantity, this.available);
    this._reserved += quantity;
    this._updatedAt = now;
  }

  /** Gives held units back to the available stock. */
  release(quantity: number, now: Date): void {
    assertPositive(quantity);
    this._reserved = Math.max(0, this._reserved - quantity);
    this._updatedAt = now;
  }

  /** Reserved units leave the shelf (the order is paid): less on hand, less reserved. */
  commit(quantity: number, now: Date): void {
    assertPositive(quantity);
    const taken = Math.min(quantity, this._reserved);
    this._reserved -= taken;
    this._onHand -= taken;
    this._updatedAt = now;
  }

  /** A new sku enters the assortment with nothing on hand. */
  static open(sku: string, now: Date): StockItem {
    return new StockItem({
      id: newId(now.getTime()),
      sku,
      createdAt: now,
      onHand: 0,
      reserved: 0,
      updatedAt: now,
    });
  }
}

function assertPositive(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1) throw new InvalidQuantity(quantity);
}
