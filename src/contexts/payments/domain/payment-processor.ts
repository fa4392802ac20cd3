import type { Money } from '../../../platform/domain/index.js';

/** How the customer pays; a card is only ever a provider token. */
export type PaymentMethod =
  | { readonly type: 'card'; readonly token: string }
  | { readonly type: 'paypal'; readonly payerEmail: string };

export type ChargeOutcome =
  | { readonly outcome: 'captured'; readonly reference: string }
  | { readonly outcome: 'declined'; readonly reason: string };

/** What the shop attaches to a charge at the provider, so that the provider's record names the order. */
export interface ChargeMetadata {
  readonly orderId: string;
  readonly customerId: string;
}

/** A charge as the provider recorded it. */
export interface ProviderCharge {
  readonly idempotencyKey: string;
  readonly provider: PaymentMethod['type'];
  readonly amount: Money;
  readonly outcome: ChargeOutcome;
  /** Null for charges made before the shop sent metadata. */
  readonly metadata: ChargeMetadata | null;
  readonly recordedAt: Date;
}

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
    readonly metadata: ChargeMetadata;
  }): Promise<ChargeOutcome>;

  abstract refund(request: {
    readonly idempotencyKey: string;
    readonly chargeReference: string;
    readonly amount: Money;
    readonly provider: PaymentMethod['type'];
  }): Promise<{ readonly reference: string }>;

  /** The charges the providers recorded in `[from, to)`, for reconciliation. */
  abstract listCharges(from: Date, to: Date): Promise<ProviderCharge[]>;

  /** The charges the providers recorded under these idempotency keys, whenever that was. */
  abstract chargesByKey(idempotencyKeys: readonly string[]): Promise<ProviderCharge[]>;
}
