import { Payment } from '../../src/contexts/payments/domain/payment.js';
import type {
  ChargeOutcome,
  PaymentMethod,
} from '../../src/contexts/payments/domain/payment-processor.js';
import { Money } from '../../src/platform/domain/money.js';

/** The payment of an order as the provider answered: captured (ch_1) for 77.09 by card, by default. */
export class PaymentBuilder {
  private amount = Money.of(7709, 'USD');
  private method: PaymentMethod = { type: 'card', token: 'tok_visa' };
  private outcome: ChargeOutcome = { outcome: 'captured', reference: 'ch_1' };

  paidWith(method: PaymentMethod): this {
    this.method = method;
    return this;
  }
  capturedAs(reference: string): this {
    this.outcome = { outcome: 'captured', reference };
    return this;
  }
  declinedFor(reason: string): this {
    this.outcome = { outcome: 'declined', reason };
    return this;
  }

  build(now = new Date('2026-03-01T09:00:00Z')): Payment {
    return Payment.fromCharge(
      {
        orderId: '0195a1b2-0000-7000-8000-0000000000aa',
        customerId: '0195a1b2-0000-7000-8000-00000000c0de',
        amount: this.amount,
        method: this.method,
        outcome: this.outcome,
      },
      now,
    );
  }
}

export const aPayment = () => new PaymentBuilder();
