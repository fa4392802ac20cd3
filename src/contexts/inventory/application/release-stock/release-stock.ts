import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import { ReservationRepository, StockLocks } from '../../domain/reservation.repository.js';
import { InventoryUnitOfWork } from '../inventory.unit-of-work.js';

/** Gives back what was held for an order, if anything still is. */
@Injectable()
export class ReleaseStock {
  constructor(
    private readonly db: InventoryUnitOfWork,
    private readonly reservations: ReservationRepository,
    private readonly locks: StockLocks,
    private readonly clock: Clock,
  ) {}

  release(orderId: string): Promise<void> {
    return this.db.unitOfWork(async () => {
      const reservation = await this.reservations.findByOrder(orderId);
      if (reservation?.status !== 'reserved' && reservation?.status !== 'committed') return;
      const items = await this.locks.lock(reservation.lines.map((line) => line.sku));
      reservation.release(items, this.clock.now());
      this.reservations.save(reservation);
    });
  }
}
