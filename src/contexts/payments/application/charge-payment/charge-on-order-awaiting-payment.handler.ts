import { Injectable } from '@nestjs/common';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderAwaitingPaymentV1 } from '../../../ordering/contracts/index.js';
import { Payment } from '../../domain/payment.js';
import { PaymentProcessor } from '../../domain/payment-processor.js';
import { PaymentRepository } from '../../domain/payment.repository.js';
import { PaymentsDatabase } from '../../infrastructure/payments.database.js';

/**
 * Charges an order once. A redelivered event finds the payment and stops; a
 * crash between the provider's answer and our commit is retried with the same
 * idempotency key, which the provider answers without charging again.
 */
@Injectable()
@OnIntegrationEvent(OrderAwaitingPaymentV1, PaymentsDatabase)
export class ChargeOnOrderAwaitingPayment implements IntegrationEventHandler<
  typeof OrderAwaitingPaymentV1
> {
  constructor(
    private readonly db: PaymentsDatabase,
    private readonly payments: PaymentRepository,
    private readonly processor: PaymentProcessor,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<OrderAwaitingPaymentV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      if (await this.payments.findByOrder(payload.orderId)) return;
      const amount = this.currency.money(payload.amount.amount, payload.amount.currency);
      const outcome = await this.processor.authorizeAndCapture({
        idempotencyKey: `charge:${payload.orderId}`,
        amount,
        method: payload.paymentMethod,
      });
      const payment = Payment.fromCharge(
        {
          orderId: payload.orderId,
          customerId: payload.customerId,
          amount,
          method: payload.paymentMethod,
          outcome,
        },
        this.clock.now(),
      );
      this.payments.save(payment);
    });
  }
}
