import { AggregateRoot, newId } from '../../../platform/domain/index.js';

/**
 * The stock of one sku: how many units are on hand and how many of those are
 * reserved for orders. Available = on hand − reserved, never below zero.
 */
export class StockItem extends AggregateRoot {
  readonly id!: string;
  readonly sku!: string;
  readonly createdAt!: Date;
  private _onHand!: number;
  private _reserved!: number;
  private _updatedAt!: Date;
  // Optimistic-concurrency token, set and checked by the ORM on every update.
  private readonly version?: number;

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
  private constructor(state: Record<string, unknown>) {
    super();
    Object.assign(this, state);
  }

  /** A new sku enters the assortment with nothing on hand. */
  static open(sku: string, now: Date): StockItem {
    return new StockItem({
      id: newId(now.getTime()),
      sku,
      createdAt: now,
      _onHand: 0,
      _reserved: 0,
      _updatedAt: now,
    });
  }
}
