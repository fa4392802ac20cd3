import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderAwaitingPaymentV1 } from '../../../ordering/contracts/index.js';
import { ChargePayment } from './charge-payment.js';

/**
 * An order awaiting payment is charged. The platform hands payments an
 * order's events in order across its handlers, so a cancellation of the same
 * order reaches RefundOnOrderCancelled only after this charge is settled.
 */
@Injectable()
@OnIntegrationEvent(OrderAwaitingPaymentV1, { together: true })
export class ChargeOnOrderAwaitingPayment implements IntegrationEventHandler<
  typeof OrderAwaitingPaymentV1
> {
  constructor(private readonly charges: ChargePayment) {}

  preload(events: readonly EventEnvelope<OrderAwaitingPaymentV1>[]): Promise<void> {
    return this.charges.preload(events.map(({ payload }) => payload));
  }

  handle({ payload }: EventEnvelope<OrderAwaitingPaymentV1>): Promise<void> {
    return this.charges.charge(payload);
  }
}
