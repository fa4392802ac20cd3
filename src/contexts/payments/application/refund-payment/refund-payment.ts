import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { Payment } from '../../domain/payment.js';
import { PaymentProcessor } from '../../domain/payment-processor.js';
import { PaymentRepository } from '../../domain/payment.repository.js';
import { PaymentsDatabase } from '../../infrastructure/payments.database.js';
import { chargeKey } from '../charge-payment/charge-payment.js';
import { paymentOfProviderCharge } from '../record-provider-charge.js';

/**
 * Gives a cancelled order's captured payment back, once. With no payment
 * stored, the provider is asked whether a charge whose answer was lost went
 * through: it is recorded and refunded. With none there either, the order is
 * remembered as cancelled unpaid, so that a charge surfacing later is refunded
 * by reconciliation.
 */
@Injectable()
export class RefundPayment {
  constructor(
    private readonly db: PaymentsDatabase,
    private readonly payments: PaymentRepository,
    private readonly processor: PaymentProcessor,
    private readonly clock: Clock,
  ) {}

  refund(orderId: string): Promise<void> {
    return this.db.unitOfWork(async () => {
      const payment =
        (await this.payments.findByOrder(orderId)) ?? (await this.lostCharge(orderId));
      if (payment) await this.refundPayment(payment);
      else await this.payments.rememberCancelledUnpaid(orderId, this.clock.now());
    });
  }

  /** Refunds a captured payment (and saves it, whatever it was) in the unit of work in progress. */
  async refundPayment(payment: Payment): Promise<string | null> {
    let reference: string | null = null;
    if (payment.refundable) {
      ({ reference } = await this.processor.refund({
        idempotencyKey: `refund:${payment.orderId}`,
        chargeReference: payment.providerReference!,
        amount: payment.amount,
        provider: payment.methodType,
      }));
      payment.refunded(reference, this.clock.now());
    }
    this.payments.save(payment);
    return reference;
  }

  private async lostCharge(orderId: string): Promise<Payment | null> {
    const charge = await this.processor.findCharge(chargeKey(orderId));
    return charge && paymentOfProviderCharge(charge, this.clock.now());
  }
}
