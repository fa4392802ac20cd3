import { LockMode } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Reservation } from '../domain/reservation.js';
import { ReservationRepository, StockLocks } from '../domain/reservation.repository.js';
import { StockItem } from '../domain/stock-item.js';
import { LookupByKey } from '../../../platform/persistence/lookup-by-key.js';
import { InventoryDatabase } from './inventory.database.js';

@Injectable()
export class MikroReservationRepository extends ReservationRepository {
  private readonly byOrder: LookupByKey<Reservation>;

  constructor(private readonly db: InventoryDatabase) {
    super();
    this.byOrder = new LookupByKey(db, Reservation, 'orderId');
  }

  findByOrder(orderId: string): Promise<Reservation | null> {
    return this.byOrder.one(orderId);
  }

  findByOrders(orderIds: readonly string[]): Promise<Reservation[]> {
    return this.byOrder.many(orderIds);
  }

  save(reservation: Reservation): void {
    this.db.track(reservation);
    this.byOrder.saved(reservation);
  }
}

@Injectable()
export class PessimisticStockLocks extends StockLocks {
  constructor(private readonly db: InventoryDatabase) {
    super();
  }

  /** The items each unit of work (by its EntityManager) holds locked: row locks last until its commit. */
  private readonly held = new WeakMap<object, Map<string, StockItem>>();

  async lock(skus: readonly string[]): Promise<Map<string, StockItem>> {
    const { em } = this.db;
    let held = this.held.get(em);
    if (!held) this.held.set(em, (held = new Map<string, StockItem>()));
    const missing = [...new Set(skus)].filter((sku) => !held.has(sku));
    if (missing.length > 0) {
      const items = await em.find(
        StockItem,
        { sku: { $in: missing } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { sku: 'asc' } },
      );
      for (const item of items) held.set(item.sku, item);
    }
    const locked = new Map<string, StockItem>();
    for (const sku of skus) {
      const item = held.get(sku);
      if (item) {
        this.db.track(item);
        locked.set(sku, item);
      }
    }
    return locked;
  }
}
