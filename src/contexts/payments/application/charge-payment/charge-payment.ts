import { Injectable } from '@nestjs/common';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import type { OrderAwaitingPaymentV1 } from '../../../ordering/contracts/index.js';
import { Payment } from '../../domain/payment.js';
import { type ChargeOutcome, PaymentProcessor } from '../../domain/payment-processor.js';
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

  /** Provider answers asked for ahead of `charge`, by order (see `preload`). */
  private readonly asked = new Map<string, Promise<ChargeOutcome>>();

  /**
   * Looks up the payments of a batch's orders in one read (`charge` then finds
   * them, or their absence), and asks the provider at once for every charge
   * the batch still needs: one after another, a batch waited for its answers
   * in a row, so the provider's latency times the batch (ADR 0032).
   */
  async preload(orders: readonly OrderAwaitingPaymentV1[]): Promise<void> {
    const paid = await this.payments.findByOrders(orders.map((order) => order.orderId));
    const found = new Set(paid.map((payment) => payment.orderId));
    for (const order of orders) {
      if (found.has(order.orderId)) continue;
      const answer = this.authorize(order);
      // Awaited by `charge`, which fails its delivery if the call failed.
      answer.catch(() => undefined);
      this.asked.set(order.orderId, answer);
    }
  }

  charge(order: OrderAwaitingPaymentV1): Promise<void> {
    return this.db.unitOfWork(async () => {
      const asked = this.asked.get(order.orderId);
      this.asked.delete(order.orderId);
      if (await this.payments.findByOrder(order.orderId)) return;
      const amount = this.currency.money(order.amount.amount, order.amount.currency);
      // The same key always has the same answer, so one asked ahead stands.
      const outcome = await (asked ?? this.authorize(order));
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

  private authorize(order: OrderAwaitingPaymentV1): Promise<ChargeOutcome> {
    return this.processor.authorizeAndCapture({
      idempotencyKey: chargeKey(order.orderId),
      amount: this.currency.money(order.amount.amount, order.amount.currency),
      method: order.paymentMethod,
      metadata: { orderId: order.orderId, customerId: order.customerId },
    });
  }
}
