/** What one reconciliation with the providers found and did. */
export interface ReconciliationReport {
  readonly id: string;
  readonly ranAt: string;
  /** The provider records looked at: charges recorded in `[from, to)`. */
  readonly window: { readonly from: string; readonly to: string };
  /**
   * Provider charges the shop had no payment for, now recorded: their orders
   * move on. The order's deliveries that had given up in payments (the lost
   * charge, a cancellation queued behind it) are replayed.
   */
  readonly recorded: readonly {
    readonly orderId: string;
    readonly outcome: 'captured' | 'declined';
    readonly providerReference: string | null;
    readonly deliveriesReplayed: number;
  }[];
  /**
   * What was not settled: a payment the providers have no charge for, or a
   * charge that names no order (an operator looks at these), or a lost charge
   * whose settling failed this time (the next run tries again).
   */
  readonly unmatched: readonly {
    readonly orderId: string;
    readonly problem:
      'payment_without_provider_charge' | 'charge_without_order_metadata' | 'settlement_failed';
  }[];
}

/** Whether the report holds anything at all. */
export const reportsSomething = (report: ReconciliationReport) =>
  report.recorded.length + report.unmatched.length > 0;
