import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { ShipmentDispatchedV1 } from '../../../shipping/contracts/index.js';
import { OrderChanges } from '../order-changes.js';

@Injectable()
@OnIntegrationEvent(ShipmentDispatchedV1)
export class MarkShippedOnShipmentDispatched implements IntegrationEventHandler<
  typeof ShipmentDispatchedV1
> {
  constructor(private readonly orders: OrderChanges) {}

  handle({ payload }: EventEnvelope<ShipmentDispatchedV1>): Promise<void> {
    return this.orders.apply(payload.orderId, (order, now) => order.shipped(now));
  }
}
