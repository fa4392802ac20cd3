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
 * Claims unpublished rows (SKIP LOCKED) and marks as published, in the same
 * statement, those it may deliver now: per aggregate, the unbroken run of
 * claimed rows from its oldest unpublished sequence (its head). A row k-th in
 * its aggregate's claimed run (by sequence) continues it when its sequence is
 * head + k - 1; past a gap (a row another relay holds) none does. The marks
 * commit only after the transport has stored the events (`deliverBatch`).
 * The heads are read in the claim's snapshot: a head that another relay
 * publishes meanwhile only holds this batch back for one round, never lets it
 * overtake.
 */
const CLAIM_AND_MARK = `
  with claimed as (
    select position, aggregate_id, sequence, envelope from outbox
    where published_at is null order by position limit $1 for update skip locked),
  runs as (
    select claimed.*,
           sequence - row_number() over (partition by aggregate_id order by sequence) as base,
           (select min(o.sequence) from outbox o
            where o.published_at is null and o.aggregate_id = claimed.aggregate_id) - 1 as before_head
    from claimed)
  update outbox set published_at = now()
  from runs
  where outbox.position = runs.position and runs.base = runs.before_head
  returning runs.position, runs.aggregate_id, runs.sequence, runs.envelope`;

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
   * Delivers one batch; returns how many events it delivered. The claim marks
   * the rows it delivers; a failed publish rolls the marks back. When the
   * transport stored only part of the batch, unmarks the rest (each
   * aggregate's unbroken run from its oldest event stays marked), commits
   * that, then throws.
   */
  async deliverBatch(): Promise<number> {
    let failure: PartialPublish | undefined;
    const delivered = await this.db.orm.em.fork().transactional(async (em) => {
      const marked = await runStatement<OutboxRow>(em, CLAIM_AND_MARK, [this.options.batchSize]);
      if (marked.length === 0) return 0;
      const rows = marked.sort((a, b) => Number(a.position) - Number(b.position));
      const envelopes = rows.map((row) => row.envelope);
      try {
        await (this.options.observer ?? UNOBSERVED).publishing(this.db.context, envelopes, () =>
          this.transport.publish(envelopes),
        );
        return rows.length;
      } catch (error) {
        if (!(error instanceof PartialPublish)) throw error;
        failure = error;
      }
      const stored = new Set(storedRuns(rows, failure.acknowledged).map((row) => row.position));
      await runStatement(
        em,
        `update outbox set published_at = null where position = any($1::bigint[])`,
        [rows.filter((row) => !stored.has(row.position)).map((row) => row.position)],
      );
      return stored.size;
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
