import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { StockReservationRejectedV1, StockReservedV1 } from '../../../inventory/contracts/index.js';
import { OrderRepository } from '../../domain/order.repository.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

@Injectable()
@OnIntegrationEvent(StockReservedV1)
export class AwaitPaymentOnStockReserved implements IntegrationEventHandler<
  typeof StockReservedV1
> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<StockReservedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.get(payload.orderId);
      order.stockReserved(this.clock.now());
      this.orders.save(order);
    });
  }
}

@Injectable()
@OnIntegrationEvent(StockReservationRejectedV1)
export class RejectOnStockReservationRejected implements IntegrationEventHandler<
  typeof StockReservationRejectedV1
> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<StockReservationRejectedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.get(payload.orderId);
      order.reject('out_of_stock', this.clock.now());
      this.orders.save(order);
    });
  }
}
