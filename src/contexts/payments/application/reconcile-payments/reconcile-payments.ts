import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../../../platform/config/tokens.js';
import { Clock, newId } from '../../../../platform/domain/index.js';
import { MessagingRuntime } from '../../../../platform/messaging/messaging.runtime.js';
import { Payment } from '../../domain/payment.js';
import {
  type ChargeMetadata,
  PaymentProcessor,
  type ProviderCharge,
} from '../../domain/payment-processor.js';
import { PaymentRepository } from '../../domain/payment.repository.js';
import { PaymentsUnitOfWork } from '../payments.unit-of-work.js';
import { chargeKey } from '../charge-payment/charge-payment.js';
import { type ReconciliationReport, reportsSomething } from './reconciliation-report.js';

/** Charges younger than this are left to the call that made them (it may still be retrying). */
export const SETTLE_AFTER_MS = 5 * 60_000;
/** How far back a full run, and the first run of a process, compares the providers' records with the payments. */
export const LOOKBACK_MS = 2 * 24 * 3_600_000;
/**
 * A run compares its window a slice at a time: what it holds at once grows
 * with the charges of one slice, not with the whole lookback.
 */
export const SLICE_MS = 5 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Recorded = ReconciliationReport['recorded'][number];
type Unmatched = ReconciliationReport['unmatched'][number];

/**
 * Compares the providers' charges with the payments (ADR 0020). A charge with
 * no payment — its answer was lost to a timeout or a crash, and the event
 * asking for it gave up — is recorded, which publishes PaymentCaptured or
 * PaymentFailed so the order moves on; the order's deliveries that gave up in
 * payments are replayed, so a cancellation queued behind the lost charge now
 * refunds it. A payment with no provider charge is reported for an operator.
 * Each run is logged, and kept when it found anything.
 *
 * The periodic run goes on from where the last one stopped: each charge and
 * payment is compared once (again after a restart, which starts from the
 * whole lookback), and a charge that could not be settled holds the next run
 * back to it, so it is tried again. A full run (an operator's) compares the
 * whole lookback.
 */
@Injectable()
export class ReconcilePayments {
  /** Everything before this was compared by a periodic run, every charge in it settled. */
  private comparedUntil?: Date;

  constructor(
    private readonly db: PaymentsUnitOfWork,
    private readonly payments: PaymentRepository,
    private readonly processor: PaymentProcessor,
    private readonly clock: Clock,
    private readonly messaging: MessagingRuntime,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  async run({ full = false }: { full?: boolean } = {}): Promise<ReconciliationReport> {
    const now = this.clock.now();
    const lookback = new Date(now.getTime() - LOOKBACK_MS);
    const from =
      full || !this.comparedUntil || this.comparedUntil < lookback ? lookback : this.comparedUntil;
    const to = new Date(now.getTime() - SETTLE_AFTER_MS);
    const recorded: Recorded[] = [];
    const unmatched: Unmatched[] = [];
    let reached = from;
    let held = false;
    for (let start = from.getTime(); start < to.getTime(); start += SLICE_MS) {
      const slice = { from: new Date(start), to: new Date(Math.min(start + SLICE_MS, +to)) };
      const unsettled = await this.compare(slice, recorded, unmatched);
      if (!held) reached = unsettled ?? slice.to;
      held ||= unsettled !== null;
    }
    if (!full) this.comparedUntil = reached;

    const report: ReconciliationReport = {
      id: newId(now.getTime()),
      ranAt: now.toISOString(),
      window: { from: from.toISOString(), to: to.toISOString() },
      recorded,
      unmatched,
    };
    await this.keep(report);
    return report;
  }

  /**
   * Compares the charges recorded and the payments captured in one slice,
   * adding to the report; returns when the earliest charge it could not
   * settle was recorded, if there is one.
   */
  private async compare(
    slice: { from: Date; to: Date },
    recorded: Recorded[],
    unmatched: Unmatched[],
  ): Promise<Date | null> {
    const charges = await this.processor.listCharges(slice.from, slice.to);
    const paid = await this.paidOrders(charges.map(orderOf).filter((id) => UUID.test(id)));
    let unsettled: Date | null = null;
    for (const charge of charges) {
      if (paid.has(orderOf(charge))) continue;
      if (!charge.metadata || !UUID.test(charge.metadata.orderId)) {
        unmatched.push({ orderId: orderOf(charge), problem: 'charge_without_order_metadata' });
        continue;
      }
      try {
        const settled = await this.settle(charge, charge.metadata);
        if (settled) recorded.push(settled);
      } catch (error) {
        this.log.warn({ err: error, orderId: orderOf(charge) }, 'lost charge not settled yet');
        unmatched.push({ orderId: orderOf(charge), problem: 'settlement_failed' });
        unsettled ??= charge.recordedAt;
      }
    }
    // Asked by key: a payment recorded from a lost charge is younger than its charge.
    const captured = await this.capturedBetween(slice.from, slice.to);
    if (captured.length > 0) {
      const charged = new Set(
        (await this.processor.chargesByKey(captured.map(chargeKey))).map(
          (charge) => charge.idempotencyKey,
        ),
      );
      for (const orderId of captured)
        if (!charged.has(chargeKey(orderId)))
          unmatched.push({ orderId, problem: 'payment_without_provider_charge' });
    }
    return unsettled;
  }

  /** The latest reports that found something, newest first. */
  async latest(limit = 20): Promise<ReconciliationReport[]> {
    const rows = await this.db.query<{ report: ReconciliationReport }>(
      'select report from reconciliations order by ran_at desc, id desc limit $1',
      [limit],
    );
    return rows.map((row) => row.report);
  }

  /**
   * Records one lost charge (null when it was settled meanwhile), then replays
   * the order's deliveries that gave up — after the commit, so that they find it.
   */
  private async settle(
    charge: ProviderCharge,
    { orderId, customerId }: ChargeMetadata,
  ): Promise<Recorded | null> {
    const stored = await this.db.unitOfWork(async () => {
      if (await this.payments.findByOrder(orderId)) return false;
      const payment = Payment.fromCharge(
        {
          orderId,
          customerId,
          amount: charge.amount,
          method: { type: charge.provider },
          outcome: charge.outcome,
        },
        this.clock.now(),
      );
      this.payments.save(payment);
      return true;
    });
    if (!stored) return null;
    const given = (await this.messaging.deadLetters.list()).filter(
      (letter) => letter.context === 'payments' && letter.event.aggregateId === orderId,
    );
    for (const letter of given) await this.messaging.deadLetters.replay(letter.id);
    return {
      orderId,
      outcome: charge.outcome.outcome,
      providerReference: charge.outcome.outcome === 'captured' ? charge.outcome.reference : null,
      deliveriesReplayed: given.length,
    };
  }

  private async paidOrders(orderIds: string[]): Promise<Set<string>> {
    const rows = await this.db.query<{ order_id: string }>(
      'select order_id from payments where order_id = any($1::uuid[])',
      [orderIds],
    );
    return new Set(rows.map((row) => row.order_id));
  }

  private async capturedBetween(from: Date, to: Date): Promise<string[]> {
    const rows = await this.db.query<{ order_id: string }>(
      `select order_id from payments
       where created_at >= $1 and created_at < $2 and provider_reference is not null`,
      [from, to],
    );
    return rows.map((row) => row.order_id);
  }

  private async keep(report: ReconciliationReport): Promise<void> {
    if (!reportsSomething(report)) {
      this.log.debug({ window: report.window }, 'payments reconciled: nothing to settle');
      return;
    }
    await this.db.query(
      'insert into reconciliations (id, ran_at, report) values ($1, $2, $3::jsonb)',
      [report.id, report.ranAt, JSON.stringify(report)],
    );
    const level = report.unmatched.length > 0 ? 'warn' : 'info';
    this.log[level](
      { recorded: report.recorded, unmatched: report.unmatched },
      'payments reconciled with the providers',
    );
  }
}

/** The order a charge was for: its metadata, or else its idempotency key. */
function orderOf(charge: ProviderCharge): string {
  return charge.metadata?.orderId ?? charge.idempotencyKey.replace(/^charge:/, '');
}
