import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { PaymentFailedV1 } from '../../../payments/contracts/index.js';
import { OrderChanges } from '../order-changes.js';

@Injectable()
@OnIntegrationEvent(PaymentFailedV1)
export class RejectOnPaymentFailed implements IntegrationEventHandler<typeof PaymentFailedV1> {
  constructor(private readonly orders: OrderChanges) {}

  handle({ payload }: EventEnvelope<PaymentFailedV1>): Promise<void> {
    return this.orders.apply(payload.orderId, (order, now) =>
      order.reject('payment_declined', now),
    );
  }
}
