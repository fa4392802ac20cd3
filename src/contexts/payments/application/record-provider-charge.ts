import { Payment } from '../domain/payment.js';
import type { ProviderCharge } from '../domain/payment-processor.js';

/**
 * The payment of a charge the provider recorded but the shop never stored (its
 * answer was lost): the same payment the charge's answer would have made.
 * Null when the charge does not say which order and customer it was for.
 */
export function paymentOfProviderCharge(charge: ProviderCharge, now: Date): Payment | null {
  if (!charge.metadata) return null;
  return Payment.fromCharge(
    {
      orderId: charge.metadata.orderId,
      customerId: charge.metadata.customerId,
      amount: charge.amount,
      method: { type: charge.provider },
      outcome: charge.outcome,
    },
    now,
  );
}
