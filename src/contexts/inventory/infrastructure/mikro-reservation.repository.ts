import { LockMode } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Reservation } from '../domain/reservation.js';
import { ReservationRepository, StockLocks } from '../domain/reservation.repository.js';
import { StockItem } from '../domain/stock-item.js';
import { InventoryDatabase } from './inventory.database.js';

@Injectable()
export class MikroReservationRepository extends ReservationRepository {
  constructor(private readonly db: InventoryDatabase) {
    super();
  }

  findByOrder(orderId: string): Promise<Reservation | null> {
    return this.db.em.findOne(Reservation, { orderId });
  }

  save(reservation: Reservation): void {
    this.db.track(reservation);
  }
}

@Injectable()
export class PessimisticStockLocks extends StockLocks {
  constructor(private readonly db: InventoryDatabase) {
    super();
  }

  async lock(skus: readonly string[]): Promise<Map<string, StockItem>> {
    const items = await this.db.em.find(
      StockItem,
      { sku: { $in: [...new Set(skus)] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { sku: 'asc' } },
    );
    for (const item of items) this.db.track(item);
    return new Map(items.map((item) => [item.sku, item]));
  }
}
