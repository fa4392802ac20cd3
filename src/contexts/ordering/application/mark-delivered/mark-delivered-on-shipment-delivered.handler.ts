import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { ShipmentDeliveredV1 } from '../../../shipping/contracts/index.js';
import { OrderChanges } from '../order-changes.js';

@Injectable()
@OnIntegrationEvent(ShipmentDeliveredV1)
export class MarkDeliveredOnShipmentDelivered implements IntegrationEventHandler<
  typeof ShipmentDeliveredV1
> {
  constructor(private readonly orders: OrderChanges) {}

  handle({ payload }: EventEnvelope<ShipmentDeliveredV1>): Promise<void> {
    return this.orders.apply(payload.orderId, (order, now) => order.delivered(now));
  }
}
