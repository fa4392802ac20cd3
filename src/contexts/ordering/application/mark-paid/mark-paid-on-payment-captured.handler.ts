import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { PaymentCapturedV1 } from '../../../payments/contracts/index.js';
import { OrderChanges } from '../order-changes.js';

@Injectable()
@OnIntegrationEvent(PaymentCapturedV1, { together: true })
export class MarkPaidOnPaymentCaptured implements IntegrationEventHandler<
  typeof PaymentCapturedV1
> {
  constructor(private readonly orders: OrderChanges) {}

  preload(events: readonly EventEnvelope<PaymentCapturedV1>[]): Promise<void> {
    return this.orders.preload(events.map((event) => event.payload.orderId));
  }

  handle({ payload }: EventEnvelope<PaymentCapturedV1>): Promise<void> {
    return this.orders.apply(payload.orderId, (order, now) => order.paid(now));
  }
}
