import { Money } from '../../../platform/domain/money.js';
import { Payment, PaymentCaptured, PaymentFailed, PaymentRefunded } from './payment.js';

const now = new Date('2026-03-01T09:00:00Z');
const usd = Money.of(7709, 'USD');
const card = { type: 'card' as const, token: 'tok_visa' };

describe('Payment', () => {
  it('records a capture, and a refund of it exactly once', () => {
    const payment = Payment.fromCharge(
      {
        orderId: 'o-1',
        customerId: 'c-1',
        amount: usd,
        method: card,
        outcome: { outcome: 'captured', reference: 'ch_1' },
      },
      now,
    );
    expect(payment).toMatchObject({
      status: 'captured',
      providerReference: 'ch_1',
      methodType: 'card',
      refundable: true,
    });
    expect(payment.pullEvents()).toEqual([expect.any(PaymentCaptured)]);
    payment.refunded('re_1', now);
    payment.refunded('re_2', now);
    expect(payment.status).toBe('refunded');
    expect(payment.pullEvents()).toEqual([expect.any(PaymentRefunded)]);
  });

  it('records a decline with its reason and owes no refund', () => {
    const payment = Payment.fromCharge(
      {
        orderId: 'o-2',
        customerId: 'c-1',
        amount: usd,
        method: card,
        outcome: { outcome: 'declined', reason: 'card_declined' },
      },
      now,
    );
    expect(payment).toMatchObject({ status: 'failed', providerReference: null, refundable: false });
    expect(payment.pullEvents()).toEqual([expect.objectContaining({ reason: 'card_declined' })]);
    payment.refunded('re_1', now);
    expect(payment.pullEvents()).toEqual([]);
    expect(PaymentFailed.name).toBe('PaymentFailed');
  });

  it('keeps no card token', () => {
    const payment = Payment.fromCharge(
      {
        orderId: 'o-3',
        customerId: 'c-1',
        amount: usd,
        method: card,
        outcome: { outcome: 'captured', reference: 'ch_3' },
      },
      now,
    );
    expect(JSON.stringify(payment)).not.toContain('tok_');
  });
});
