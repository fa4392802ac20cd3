import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { StockReservedV1 } from '../../../inventory/contracts/index.js';
import { OrderChanges } from '../order-changes.js';

@Injectable()
@OnIntegrationEvent(StockReservedV1, { together: true })
export class AwaitPaymentOnStockReserved implements IntegrationEventHandler<
  typeof StockReservedV1
> {
  constructor(private readonly orders: OrderChanges) {}

  preload(events: readonly EventEnvelope<StockReservedV1>[]): Promise<void> {
    return this.orders.preload(events.map((event) => event.payload.orderId));
  }

  handle({ payload }: EventEnvelope<StockReservedV1>): Promise<void> {
    return this.orders.apply(payload.orderId, (order, now) => order.stockReserved(now));
  }
}
