import { Query } from '@nestjs/cqrs';
import type { Principal } from '../../../../platform/auth/principal.js';

export interface PaymentView {
  readonly id: string;
  readonly orderId: string;
  readonly status: 'captured' | 'failed' | 'refunded';
  readonly amount: { readonly amount: number; readonly currency: string };
  readonly methodType: 'card' | 'paypal';
  readonly providerReference: string | null;
  readonly failureReason: string | null;
  readonly history: readonly { status: string; at: string; detail: string | null }[];
  readonly createdAt: string;
}

/** The payments of an order, for its owner or an administrator (nobody else sees any). */
export class ListPaymentsQuery extends Query<{ items: PaymentView[] }> {
  constructor(
    readonly orderId: string,
    readonly caller: Principal,
  ) {
    super();
  }
}
