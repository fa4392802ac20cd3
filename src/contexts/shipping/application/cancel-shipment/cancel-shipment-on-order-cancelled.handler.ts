import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderCancelledV1 } from '../../../ordering/contracts/index.js';
import { ShipmentRepository } from '../../domain/shipment.js';
import { ShippingUnitOfWork } from '../shipping.unit-of-work.js';

/** A cancelled order's shipment is not dispatched. */
@Injectable()
@OnIntegrationEvent(OrderCancelledV1)
export class CancelShipmentOnOrderCancelled implements IntegrationEventHandler<
  typeof OrderCancelledV1
> {
  constructor(
    private readonly db: ShippingUnitOfWork,
    private readonly shipments: ShipmentRepository,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<OrderCancelledV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const shipment = await this.shipments.findByOrder(payload.orderId);
      if (!shipment) return;
      shipment.cancel(this.clock.now());
      this.shipments.save(shipment);
    });
  }
}
