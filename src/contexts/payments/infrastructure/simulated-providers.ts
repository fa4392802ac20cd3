import { createHash } from 'node:crypto';
import { type Clock, Money } from '../../../platform/domain/index.js';
import type { ChargeMetadata, ChargeOutcome, ProviderCharge } from '../domain/payment-processor.js';
import type { PaymentsDatabase } from './payments.database.js';
import { type ProviderFaults, ProviderUnavailable } from './provider-faults.js';

/** Card tokens with a fixed answer, like a real gateway's test tokens. */
const CARD_DECLINES: Record<string, string> = {
  tok_chargeDeclined: 'card_declined',
  tok_insufficientFunds: 'insufficient_funds',
};

/**
 * The simulated card and PayPal gateways. They live inside the project by
 * design but behave like remote providers: deterministic by input, idempotent
 * by key (their ledger, kept in the payments schema as a stand-in for the
 * provider's own storage, is written outside the caller's transaction), and
 * subject to configurable faults.
 */
export class SimulatedGateway {
  constructor(
    private readonly name: 'card' | 'paypal',
    private readonly db: PaymentsDatabase,
    private readonly faults: ProviderFaults,
    /** The provider's own clock, for the times it records. */
    private readonly clock: Clock,
  ) {}

  async charge(
    idempotencyKey: string,
    amount: Money,
    decline: string | null,
    metadata: ChargeMetadata,
  ): Promise<ChargeOutcome> {
    await this.disturb();
    const outcome: ChargeOutcome =
      decline === null
        ? { outcome: 'captured', reference: this.reference('ch', idempotencyKey) }
        : { outcome: 'declined', reason: decline };
    return this.remember(idempotencyKey, 'charge', amount, outcome, metadata);
  }

  async refund(idempotencyKey: string, amount: Money): Promise<{ reference: string }> {
    await this.disturb();
    const reference = this.reference('re', idempotencyKey);
    await this.remember(idempotencyKey, 'refund', amount, { outcome: 'captured', reference });
    return { reference };
  }

  /**
   * The charge recorded under a key, if any. Looking a key up is a read of the
   * provider's own records: slow authorisations (the latency fault) do not slow
   * it, an outage or a transient failure does.
   */
  async findCharge(idempotencyKey: string): Promise<ProviderCharge | null> {
    await this.disturb({ latency: false });
    const [row] = await this.charges('idempotency_key = $2', [idempotencyKey]);
    return row ?? null;
  }

  /** The refund recorded under a key, if any (a read, as `findCharge`). */
  async findRefund(idempotencyKey: string): Promise<{ reference: string } | null> {
    await this.disturb({ latency: false });
    const [row] = await this.db.query<{ outcome: { reference: string } }>(
      `select outcome from provider_ledger
       where provider = $1 and kind = 'refund' and idempotency_key = $2`,
      [this.name, idempotencyKey],
    );
    return row ? { reference: row.outcome.reference } : null;
  }

  /** The charges recorded in `[from, to)`. */
  async listCharges(from: Date, to: Date): Promise<ProviderCharge[]> {
    await this.disturb({ latency: false });
    return this.charges('recorded_at >= $2 and recorded_at < $3', [from, to]);
  }

  /** The charges recorded under these keys (a read, as `findCharge`). */
  async chargesByKey(idempotencyKeys: readonly string[]): Promise<ProviderCharge[]> {
    await this.disturb({ latency: false });
    return this.charges('idempotency_key = any($2::text[])', [idempotencyKeys]);
  }

  static cardDecline(token: string): string | null {
    return CARD_DECLINES[token] ?? null;
  }

  static paypalDecline(payerEmail: string): string | null {
    return payerEmail.toLowerCase().endsWith('@decline.example') ? 'payer_declined' : null;
  }

  private reference(prefix: string, key: string): string {
    return `${this.name === 'card' ? 'card' : 'pp'}_${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
  }

  /** Same key, same answer: the first answer is kept and returned to every retry. */
  private async remember(
    key: string,
    kind: string,
    amount: Money,
    outcome: ChargeOutcome,
    metadata: ChargeMetadata | null = null,
  ): Promise<ChargeOutcome> {
    const em = this.db.orm.em.fork({ disableContextResolution: true });
    // A repeated key updates nothing that matters but returns the first answer.
    const [row] = await em.execute<{ outcome: ChargeOutcome }[]>(
      `insert into provider_ledger
         (idempotency_key, provider, kind, amount, currency, outcome, metadata, recorded_at)
       values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
       on conflict (idempotency_key) do update set idempotency_key = excluded.idempotency_key
       returning outcome`,
      [
        key,
        this.name,
        kind,
        amount.amount,
        amount.currency,
        JSON.stringify(outcome),
        JSON.stringify(metadata),
        this.clock.now(),
      ],
    );
    return row!.outcome;
  }

  /** This provider's charges that match `where` (its `$1` is the provider). */
  private async charges(where: string, params: unknown[]): Promise<ProviderCharge[]> {
    const rows = await this.db.query<{
      idempotency_key: string;
      amount: string;
      currency: string;
      outcome: ChargeOutcome;
      metadata: ChargeMetadata | null;
      recorded_at: Date;
    }>(
      `select idempotency_key, amount, currency, outcome, metadata, recorded_at
       from provider_ledger where provider = $1 and kind = 'charge' and ${where}
       order by recorded_at`,
      [this.name, ...params],
    );
    return rows.map((row) => ({
      idempotencyKey: row.idempotency_key,
      provider: this.name,
      amount: Money.of(Number(row.amount), row.currency),
      outcome: row.outcome,
      metadata: row.metadata,
      recordedAt: row.recorded_at,
    }));
  }

  private async disturb({ latency = true }: { latency?: boolean } = {}): Promise<void> {
    if (latency && this.faults.latencyMs > 0)
      await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
    if (this.faults.outage) throw new ProviderUnavailable(`${this.name} gateway is down`);
    if (this.faults.failureRate > 0 && Math.random() < this.faults.failureRate) {
      throw new ProviderUnavailable(`${this.name} gateway answered 503`);
    }
  }
}
