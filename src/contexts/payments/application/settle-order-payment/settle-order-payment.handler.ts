import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import {
  OrderAwaitingPaymentV1,
  OrderCancelledV1,
  type OrderAwaitingPaymentV1 as AwaitingPayment,
  type OrderCancelledV1 as Cancelled,
} from '../../../ordering/contracts/index.js';
import { ChargePayment } from '../charge-payment/charge-payment.js';
import { RefundPayment } from '../refund-payment/refund-payment.js';

/**
 * An order's payment: charged when it awaits payment, refunded when it is
 * cancelled. One handler for both events, so that the events of one order
 * reach it in order: a cancellation is always handled after the charge it
 * follows, and a charge made before it is refunded.
 */
@Injectable()
@OnIntegrationEvent([OrderAwaitingPaymentV1, OrderCancelledV1])
export class SettleOrderPayment implements IntegrationEventHandler<
  typeof OrderAwaitingPaymentV1 | typeof OrderCancelledV1
> {
  constructor(
    private readonly charges: ChargePayment,
    private readonly refunds: RefundPayment,
  ) {}

  handle(event: EventEnvelope<AwaitingPayment | Cancelled> & { name: string }): Promise<void> {
    return event.name === OrderAwaitingPaymentV1.name
      ? this.charges.charge(event.payload as AwaitingPayment)
      : this.refunds.refund((event.payload as Cancelled).orderId);
  }
}
