import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { StockReservationRejectedV1 } from '../../../inventory/contracts/index.js';
import { OrderChanges } from '../order-changes.js';

@Injectable()
@OnIntegrationEvent(StockReservationRejectedV1)
export class RejectOnStockReservationRejected implements IntegrationEventHandler<
  typeof StockReservationRejectedV1
> {
  constructor(private readonly orders: OrderChanges) {}

  handle({ payload }: EventEnvelope<StockReservationRejectedV1>): Promise<void> {
    return this.orders.apply(payload.orderId, (order, now) => order.reject('out_of_stock', now));
  }
}
