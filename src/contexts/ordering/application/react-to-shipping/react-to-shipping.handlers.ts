import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { ShipmentDeliveredV1, ShipmentDispatchedV1 } from '../../../shipping/contracts/index.js';
import { OrderRepository } from '../../domain/order.repository.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

@Injectable()
@OnIntegrationEvent(ShipmentDispatchedV1)
export class MarkShippedOnShipmentDispatched implements IntegrationEventHandler<
  typeof ShipmentDispatchedV1
> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<ShipmentDispatchedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.get(payload.orderId);
      order.shipped(this.clock.now());
      this.orders.save(order);
    });
  }
}

@Injectable()
@OnIntegrationEvent(ShipmentDeliveredV1)
export class MarkDeliveredOnShipmentDelivered implements IntegrationEventHandler<
  typeof ShipmentDeliveredV1
> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<ShipmentDeliveredV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.get(payload.orderId);
      order.delivered(this.clock.now());
      this.orders.save(order);
    });
  }
}
