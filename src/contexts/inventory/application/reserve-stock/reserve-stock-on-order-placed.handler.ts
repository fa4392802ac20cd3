import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderPlacedV1 } from '../../../ordering/contracts/index.js';
import { Reservation } from '../../domain/reservation.js';
import { ReservationRepository, StockLocks } from '../../domain/reservation.repository.js';
import { InventoryUnitOfWork } from '../inventory.unit-of-work.js';

/**
 * Reserves every line of a placed order, or none. The stock items are locked
 * for the transaction, so concurrent orders for the same sku queue up and the
 * shop never oversells.
 */
@Injectable()
@OnIntegrationEvent(OrderPlacedV1, { together: true })
export class ReserveStockOnOrderPlaced implements IntegrationEventHandler<typeof OrderPlacedV1> {
  constructor(
    private readonly db: InventoryUnitOfWork,
    private readonly reservations: ReservationRepository,
    private readonly locks: StockLocks,
    private readonly clock: Clock,
  ) {}

  /** Looks up these orders' reservations and locks all their skus (in sku order), each in one read. */
  async preload(events: readonly EventEnvelope<OrderPlacedV1>[]): Promise<void> {
    await this.reservations.findByOrders(events.map(({ payload }) => payload.orderId));
    await this.locks.lock(events.flatMap(({ payload }) => payload.lines.map((line) => line.sku)));
  }

  handle({ payload }: EventEnvelope<OrderPlacedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      if (await this.reservations.findByOrder(payload.orderId)) return;
      const items = await this.locks.lock(payload.lines.map((line) => line.sku));
      const reservation = Reservation.make(payload.orderId, payload.lines, items, this.clock.now());
      this.reservations.save(reservation);
    });
  }
}
