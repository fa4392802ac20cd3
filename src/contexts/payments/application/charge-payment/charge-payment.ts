import { Injectable } from '@nestjs/common';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import type { OrderAwaitingPaymentV1 } from '../../../ordering/contracts/index.js';
import { Payment } from '../../domain/payment.js';
import { PaymentProcessor } from '../../domain/payment-processor.js';
import { PaymentRepository } from '../../domain/payment.repository.js';
import { PaymentsUnitOfWork } from '../payments.unit-of-work.js';

/** The provider idempotency key of an order's charge. */
export const chargeKey = (orderId: string) => `charge:${orderId}`;

/**
 * Charges an order once. A repeated request finds the payment and stops; a
 * crash between the provider's answer and our commit is retried with the same
 * idempotency key, which the provider answers without charging again; a call
 * whose answer was lost is settled by asking the provider first (the
 * processor) or by reconciliation.
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

  /** Looks up the payments of these orders in one read: `charge` then finds them, or their absence. */
  async preload(orderIds: readonly string[]): Promise<void> {
    await this.payments.findByOrders(orderIds);
  }

  charge(order: OrderAwaitingPaymentV1): Promise<void> {
    return this.db.unitOfWork(async () => {
      if (await this.payments.findByOrder(order.orderId)) return;
      const amount = this.currency.money(order.amount.amount, order.amount.currency);
      const outcome = await this.processor.authorizeAndCapture({
        idempotencyKey: chargeKey(order.orderId),
        amount,
        method: order.paymentMethod,
        metadata: { orderId: order.orderId, customerId: order.customerId },
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
