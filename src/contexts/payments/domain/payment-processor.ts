import type { Money } from '../../../platform/domain/index.js';

/** How the customer pays; a card is only ever a provider token. */
export type PaymentMethod =
  | { readonly type: 'card'; readonly token: string }
  | { readonly type: 'paypal'; readonly payerEmail: string };

export type ChargeOutcome =
  | { readonly outcome: 'captured'; readonly reference: string }
  | { readonly outcome: 'declined'; readonly reason: string };

/**
 * A payment provider (port). Implementations must be idempotent by key: the
 * same key always gives the same outcome and never a second charge.
 * A transient failure (timeout, unavailable) is thrown; a decline is an outcome.
 */
export abstract class PaymentProcessor {
  abstract authorizeAndCapture(request: {
    readonly idempotencyKey: string;
    readonly amount: Money;
    readonly method: PaymentMethod;
  }): Promise<ChargeOutcome>;

  abstract refund(request: {
    readonly idempotencyKey: string;
    readonly chargeReference: string;
    readonly amount: Money;
    readonly provider: PaymentMethod['type'];
  }): Promise<{ readonly reference: string }>;
}
