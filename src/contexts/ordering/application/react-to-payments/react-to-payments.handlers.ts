import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { PaymentCapturedV1, PaymentFailedV1 } from '../../../payments/contracts/index.js';
import { OrderRepository } from '../../domain/order.repository.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

@Injectable()
@OnIntegrationEvent(PaymentCapturedV1)
export class MarkPaidOnPaymentCaptured implements IntegrationEventHandler<
  typeof PaymentCapturedV1
> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<PaymentCapturedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.get(payload.orderId);
      order.paid(this.clock.now());
      this.orders.save(order);
    });
  }
}

@Injectable()
@OnIntegrationEvent(PaymentFailedV1)
export class RejectOnPaymentFailed implements IntegrationEventHandler<typeof PaymentFailedV1> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<PaymentFailedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.get(payload.orderId);
      order.reject('payment_declined', this.clock.now());
      this.orders.save(order);
    });
  }
}
