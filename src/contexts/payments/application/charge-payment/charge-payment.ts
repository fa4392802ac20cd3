import { Injectable } from '@nestjs/common';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import type { OrderAwaitingPaymentV1 } from '../../../ordering/contracts/index.js';
import { Payment } from '../../domain/payment.js';
import { PaymentProcessor } from '../../domain/payment-processor.js';
import { PaymentRepository } from '../../domain/payment.repository.js';
import { PaymentsUnitOfWork } from '../payments.unit-of-work.js';

/**
 * Charges an order once. A repeated request finds the payment and stops; a
 * crash between the provider's answer and our commit is retried with the same
 * idempotency key, which the provider answers without charging again.
 */
@Injectable()
export class ChargePayment {
  constructor(
    private readonly db: PaymentsUnitOfWork,
    private readonly payments: PaymentRepository,
    private readonly processor: PaymentProcessor,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
  ) {}

  charge(order: OrderAwaitingPaymentV1): Promise<void> {
    return this.db.unitOfWork(async () => {
      if (await this.payments.findByOrder(order.orderId)) return;
      const amount = this.currency.money(order.amount.amount, order.amount.currency);
      const outcome = await this.processor.authorizeAndCapture({
        idempotencyKey: `charge:${order.orderId}`,
        amount,
        method: order.paymentMethod,
      });
      const payment = Payment.fromCharge(
        {
          orderId: order.orderId,
          customerId: order.customerId,
          amount,
          method: order.paymentMethod,
          outcome,
        },
        this.clock.now(),
      );
      this.payments.save(payment);
    });
  }
}
