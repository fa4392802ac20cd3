import { InvalidOrder } from './order.errors.js';

/** How the customer pays: a card token from the provider's form, or a PayPal payer. Never a card number. */
export type PaymentMethod =
  | { readonly type: 'card'; readonly token: string }
  | { readonly type: 'paypal'; readonly payerEmail: string };

export const PaymentMethod = {
  parse(raw: { type: string; token?: string; payerEmail?: string }): PaymentMethod {
    switch (raw.type) {
      case 'card':
        if (!raw.token || !/^tok_[A-Za-z0-9]+$/.test(raw.token)) {
          throw new InvalidOrder('paymentMethod.token', 'must be a card token such as tok_visa');
        }
        return { type: 'card', token: raw.token };
      case 'paypal': {
        const payerEmail = (raw.payerEmail ?? '').trim().toLowerCase();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(payerEmail)) {
          throw new InvalidOrder('paymentMethod.payerEmail', 'must be an e-mail address');
        }
        return { type: 'paypal', payerEmail };
      }
      default:
        throw new InvalidOrder('paymentMethod.type', 'must be card or paypal');
    }
  },
};
