import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderPaidV1 } from '../../../ordering/contracts/index.js';
import { ReservationRepository, StockLocks } from '../../domain/reservation.repository.js';
import { InventoryUnitOfWork } from '../inventory.unit-of-work.js';

/** A paid order's reserved units leave the stock: on hand and reserved both go down. */
@Injectable()
@OnIntegrationEvent(OrderPaidV1, { together: true })
export class CommitStockOnOrderPaid implements IntegrationEventHandler<typeof OrderPaidV1> {
  constructor(
    private readonly db: InventoryUnitOfWork,
    private readonly reservations: ReservationRepository,
    private readonly locks: StockLocks,
    private readonly clock: Clock,
  ) {}

  /** Loads these orders' reservations and locks all their skus, each in one read. */
  async preload(events: readonly EventEnvelope<OrderPaidV1>[]): Promise<void> {
    const reservations = await this.reservations.findByOrders(
      events.map(({ payload }) => payload.orderId),
    );
    await this.locks.lock(
      reservations
        .filter((reservation) => reservation.status === 'reserved')
        .flatMap((reservation) => reservation.lines.map((line) => line.sku)),
    );
  }

  handle({ payload }: EventEnvelope<OrderPaidV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const reservation = await this.reservations.findByOrder(payload.orderId);
      if (reservation?.status !== 'reserved') return;
      const items = await this.locks.lock(reservation.lines.map((line) => line.sku));
      reservation.commit(items, this.clock.now());
      this.reservations.save(reservation);
    });
  }
}
