import { Injectable } from '@nestjs/common';
import { Clock, Money } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderPaidV1 } from '../../../ordering/contracts/index.js';
import { Shipment, ShipmentRepository } from '../../domain/shipment.js';
import { ShippingUnitOfWork } from '../shipping.unit-of-work.js';

/** A paid order gets one shipment, pending dispatch. */
@Injectable()
@OnIntegrationEvent(OrderPaidV1, { together: true })
export class CreateShipmentOnOrderPaid implements IntegrationEventHandler<typeof OrderPaidV1> {
  constructor(
    private readonly db: ShippingUnitOfWork,
    private readonly shipments: ShipmentRepository,
    private readonly clock: Clock,
  ) {}

  async preload(events: readonly EventEnvelope<OrderPaidV1>[]): Promise<void> {
    await this.shipments.findByOrders(events.map(({ payload }) => payload.orderId));
  }

  handle({ payload }: EventEnvelope<OrderPaidV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      if (await this.shipments.findByOrder(payload.orderId)) return;
      this.shipments.save(
        Shipment.create(
          {
            orderId: payload.orderId,
            customerId: payload.customerId,
            address: payload.shippingAddress,
            cost: Money.from(payload.shippingCost),
          },
          this.clock.now(),
        ),
      );
    });
  }
}
