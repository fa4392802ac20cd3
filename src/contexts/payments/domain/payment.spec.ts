import { aPayment } from '../../../../test/builders/payment.builder.js';
import { PaymentCaptured, PaymentFailed, PaymentRefunded } from './payment.js';

const now = new Date('2026-03-01T09:00:00Z');

describe('Payment', () => {
  it('records a capture, and a refund of it exactly once', () => {
    const payment = aPayment().capturedAs('ch_1').build(now);
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
    const payment = aPayment().declinedFor('card_declined').build(now);
    expect(payment).toMatchObject({ status: 'failed', providerReference: null, refundable: false });
    expect(payment.pullEvents()).toEqual([expect.objectContaining({ reason: 'card_declined' })]);
    payment.refunded('re_1', now);
    expect(payment.pullEvents()).toEqual([]);
    expect(PaymentFailed.name).toBe('PaymentFailed');
  });

  it('keeps no card token', () => {
    const payment = aPayment().paidWith({ type: 'card', token: 'tok_visa' }).build(now);
    expect(JSON.stringify(payment)).not.toContain('tok_');
  });
});
