import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderCancelledV1 } from '../../../ordering/contracts/index.js';
import { RefundPayment } from './refund-payment.js';

/** A cancelled order's captured payment is refunded (after its charge: see ChargeOnOrderAwaitingPayment). */
@Injectable()
@OnIntegrationEvent(OrderCancelledV1)
export class RefundOnOrderCancelled implements IntegrationEventHandler<typeof OrderCancelledV1> {
  constructor(private readonly refunds: RefundPayment) {}

  handle({ payload }: EventEnvelope<OrderCancelledV1>): Promise<void> {
    return this.refunds.refund(payload.orderId);
  }
}
