import type { Logger } from 'pino';
import type { ContextDatabase } from '../persistence/context-database.js';
import { runStatement } from '../persistence/statements.js';
import type { EventEnvelope } from './envelope.js';
import { type MessagingObserver, UNOBSERVED } from './observer.js';
import { OUTBOX_COMMITTED } from './outbox.js';
import { type EventTransport, PartialPublish } from './transport.js';
import { Wakeup } from './wakeup.js';

export interface RelayOptions {
  readonly batchSize: number;
  readonly pollMs: number;
  readonly retryMs: number;
  readonly observer?: MessagingObserver;
}

/** Longest wait between tries while the transport keeps failing. */
const MAX_RETRY_MS = 5_000;

/**
 * Unpublished rows in outbox order, each with its aggregate's oldest
 * unpublished sequence (its head), in one round trip. The heads are read in
 * the claim's snapshot: a head that another relay publishes meanwhile only
 * holds this batch back for one round, never lets it overtake.
 */
const CLAIM_WITH_HEADS = `
  with claimed as (
    select position, aggregate_id, sequence, envelope from outbox
    where published_at is null order by position limit $1 for update skip locked)
  select claimed.*,
         (select min(o.sequence) from outbox o
          where o.published_at is null and o.aggregate_id = claimed.aggregate_id) as head
  from claimed order by position`;

interface OutboxRow {
  position: string;
  aggregate_id: string;
  sequence: string;
  envelope: EventEnvelope;
}

/**
 * Moves a context's outbox to the transport, at least once.
 *
 * - Claims unpublished rows with FOR UPDATE SKIP LOCKED, so replicas share the
 *   work without delivering a row twice in steady state.
 * - Reads "unpublished", never "after the highest position seen", so a row
 *   that commits after a row with a higher position is still delivered.
 * - Keeps each aggregate's order: it delivers an aggregate's events only from
 *   its oldest unpublished one onwards, and only as far as it holds them all.
 * - A delivery and the marking of its rows happen in one transaction; a crash
 *   in between redelivers, which consumers deduplicate by event id.
 */
export class Relay {
  private readonly wakeup: Wakeup;
  private running?: Promise<void>;
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: ContextDatabase,
    private readonly transport: EventTransport,
    private readonly options: RelayOptions,
    private readonly log: Logger,
  ) {
    this.wakeup = Wakeup.of(db, 'outbox', options.pollMs, log);
    // Commits in this process wake the relay directly; see Wakeup for the others.
    this.unsubscribe = db.onSignal(OUTBOX_COMMITTED, () => this.wakeup.signal());
  }

  async start(): Promise<void> {
    await this.wakeup.start();
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    await this.wakeup.close();
    await this.running;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const delivered = await this.deliverBatch();
        if (failures > 0) this.log.info({ failures }, 'relay delivers again');
        failures = 0;
        if (delivered < this.options.batchSize) await this.wakeup.wait();
      } catch (error) {
        if (this.stopped) break;
        // A transport that is down (a broker outage) fails every try: say it once, retry less often.
        failures++;
        if (failures === 1) this.log.error({ err: error }, 'relay could not deliver; retrying');
        else this.log.debug({ err: error, failures }, 'relay still cannot deliver');
        await this.wakeup.wait(
          Math.min(this.options.retryMs * 2 ** Math.min(failures - 1, 10), MAX_RETRY_MS),
        );
      }
    }
  }

  /**
   * Delivers one batch; returns how many events it delivered. When the
   * transport stored only part of it, marks what was stored (each aggregate's
   * unbroken run from its oldest event), commits that, then throws.
   */
  async deliverBatch(): Promise<number> {
    let failure: PartialPublish | undefined;
    const delivered = await this.db.orm.em.fork().transactional(async (em) => {
      const claimed = await runStatement<OutboxRow & { head: string }>(em, CLAIM_WITH_HEADS, [
        this.options.batchSize,
      ]);
      if (claimed.length === 0) return 0;
      const deliverable = inAggregateOrder(
        claimed,
        new Map(claimed.map((row) => [row.aggregate_id, Number(row.head)])),
      );
      if (deliverable.length === 0) return 0;
      const envelopes = deliverable.map((row) => row.envelope);
      try {
        await (this.options.observer ?? UNOBSERVED).publishing(this.db.context, envelopes, () =>
          this.transport.publish(envelopes),
        );
      } catch (error) {
        if (!(error instanceof PartialPublish)) throw error;
        failure = error;
      }
      const published = failure ? storedRuns(deliverable, failure.acknowledged) : deliverable;
      if (published.length > 0) {
        await runStatement(
          em,
          `update outbox set published_at = now() where position = any($1::bigint[])`,
          [published.map((row) => row.position)],
        );
      }
      return published.length;
    });
    if (failure) throw failure;
    return delivered;
  }
}

/** Per aggregate, the leading rows (in sequence order) whose events were all stored. */
function storedRuns(rows: OutboxRow[], stored: ReadonlySet<string>): OutboxRow[] {
  const broken = new Set<string>();
  return [...rows]
    .sort((a, b) => Number(a.sequence) - Number(b.sequence))
    .filter((row) => {
      if (broken.has(row.aggregate_id)) return false;
      if (stored.has(row.envelope.id)) return true;
      broken.add(row.aggregate_id);
      return false;
    });
}

/** Per aggregate, the contiguous run of claimed rows starting at its oldest unpublished event. */
function inAggregateOrder(claimed: OutboxRow[], heads: Map<string, number>): OutboxRow[] {
  const expected = new Map(heads);
  const result: OutboxRow[] = [];
  const byAggregateSequence = [...claimed].sort(
    (a, b) =>
      a.aggregate_id.localeCompare(b.aggregate_id) || Number(a.sequence) - Number(b.sequence),
  );
  for (const row of byAggregateSequence) {
    const next = expected.get(row.aggregate_id);
    if (next !== Number(row.sequence)) {
      expected.set(row.aggregate_id, Number.NaN);
      continue;
    }
    expected.set(row.aggregate_id, next + 1);
    result.push(row);
  }
  return result.sort((a, b) => Number(a.position) - Number(b.position));
}
