import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ContextDatabase } from '../persistence/context-database.js';
import type { Batch } from '../persistence/units-of-work.js';
import { outageCause } from '../persistence/database-outage.js';
import { runStatement } from '../persistence/statements.js';
import { contractsByName, type EventContract } from './contract.js';
import {
  type Delivery,
  groupBy,
  type InboxRow,
  inRounds,
  STORE_DELIVERIES,
  storeParams,
} from './deliveries.js';
import type { EventEnvelope } from './envelope.js';
import type { HandlerRegistration } from './handler.js';
import { MessageContext } from './message-context.js';
import { type MessagingObserver, UNOBSERVED } from './observer.js';
import { processLoad } from './process-load.js';
import { envelopeProblems, payloadProblems } from './validation.js';
import { Wakeup } from './wakeup.js';

/** A handler of the consuming context: its name, the events it handles, the instance. */
export type ConsumerHandler = Pick<HandlerRegistration, 'name' | 'contracts' | 'instance'> &
  Partial<Pick<HandlerRegistration, 'together'>>;

interface Consumer {
  readonly handler: ConsumerHandler;
  readonly eventNames: ReadonlySet<string>;
}

/** The signal that deliveries were put (back) into an inbox outside its own loop: a replay, a requeued dead letter. */
export const INBOX_WRITTEN = 'inbox';

export interface DispatcherOptions {
  readonly workers: number;
  /** Deliveries a worker claims and runs in one transaction. */
  readonly batchSize: number;
  /**
   * After a batch smaller than `batchSize`, how long at most a worker lets
   * deliveries gather before it claims again: all of it while the process is
   * busy, none while it is mostly idle (see `lingerFor`).
   */
  readonly lingerMs?: number;
  /** How busy the process is, 0 to 1 (default: its event loop's utilization). */
  readonly load?: () => number;
  readonly maxAttempts: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  readonly pollMs: number;
  readonly observer?: MessagingObserver;
}

/**
 * A pending delivery (alias `i`) that may run now: its backoff is over and no
 * earlier event of its aggregate is unfinished for any handler of this context.
 *
 * The earlier event is looked for with a subquery, not NOT EXISTS: PostgreSQL
 * turns NOT EXISTS into an anti-join whose inner side, planned on statistics
 * older than a backlog, scanned every unfinished row for each claimed one
 * (10,000 pages for a claim of 8 over 5,000 pending rows); a subquery is
 * planned with the outer row's values as parameters, so it always probes
 * `inbox_context_order` for one aggregate.
 */
export const TURN_HAS_COME = `i.status = 'pending' and i.next_attempt_at <= now()
    and (select 1 from inbox e
         where e.source = i.source and e.aggregate_id = i.aggregate_id
           and e.status <> 'done' and e.sequence < i.sequence
         limit 1) is null`;

/**
 * The oldest deliveries that may run now (`TURN_HAS_COME`), locked for this
 * worker and marked done (with the attempt counted) in the same statement:
 * the claim runs in the transaction of the handlers' effects, so a failure
 * rolls the mark back with them; it answers with the attempts made before.
 * A row is eligible only when no earlier event of the same aggregate is
 * unfinished for any handler of this context, so the context sees an
 * aggregate's events in order even when they go to different handlers (a
 * release never overtakes its reservation), and a batch holds one event per
 * aggregate (for each of its handlers). The claim walks the `inbox_pending`
 * index in arrival order and stops at the limit, so a long backlog costs no
 * more than a short one: the function (one round trip) makes sure PostgreSQL
 * takes that walk (migrations `platform-messaging-claim-function` and
 * `platform-messaging-claim-marks-done`).
 */
export const INBOX_CLAIM = 'select id, handler, attempts, envelope from claim_inbox($1, $2)';

/** An event that does not match its contract: retrying cannot help. */
class SchemaViolation extends Error {
  constructor(problems: string) {
    super(`schema violation: ${problems}`);
    this.name = 'SchemaViolation';
  }
}

/** Exponential backoff with full jitter: a random delay up to base·2^(attempt-1), capped. */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Below this load a worker claims again at once; at `FULL_LINGER_LOAD` and above it waits the whole linger. */
const NO_LINGER_LOAD = 0.5;
const FULL_LINGER_LOAD = 0.9;

/**
 * How long a worker lets deliveries gather after a batch of `handled` rows,
 * in ms. A worker that found a full batch is behind: it claims again at once.
 * One that found fewer would take the next few rows in a batch of their own,
 * each batch paying its transaction, claim and flush — which matters only
 * when the process's CPU is the limit: the wait grows from none at a load of
 * `NO_LINGER_LOAD` to `lingerMs` at `FULL_LINGER_LOAD`. A lightly loaded shop
 * so adds no wait to any hop; the first event after an idle spell is taken at
 * once in any case (the worker waited on its wakeup instead).
 */
export function lingerFor(
  handled: number,
  { lingerMs = 0, batchSize }: Pick<DispatcherOptions, 'lingerMs' | 'batchSize'>,
  load: () => number,
): number {
  if (lingerMs <= 0 || handled >= batchSize) return 0;
  const share = (load() - NO_LINGER_LOAD) / (FULL_LINGER_LOAD - NO_LINGER_LOAD);
  return Math.round(lingerMs * Math.min(1, Math.max(0, share)));
}

/**
 * A consuming context's inbox: stores each delivered event once per handler
 * (deduplicating redeliveries by event id), then runs the handlers.
 *
 * Each run is one transaction in the consumer's database holding the handler's
 * effect and the inbox row's change to `done`. A failure rolls the effect back
 * and schedules a retry with exponential backoff and jitter; after the last
 * attempt the row is a dead letter. Rows are claimed with SKIP LOCKED, and a
 * row is eligible only when no earlier event of the same aggregate is
 * unfinished for any handler of the context: a failing event holds back only
 * the later events of its own aggregate in this context.
 */
export class Inbox {
  private readonly wakeup: Wakeup;
  private readonly handlers: Map<string, Consumer>;
  /** The contracts of the events this context consumes, by name. */
  private readonly contracts: ReadonlyMap<string, EventContract>;
  private workers: Promise<void>[] = [];
  private stopped = false;
  /** Claims still to make one row at a time, after a batch failed. */
  private singles = 0;
  private readonly unsubscribe: () => void;
  private readonly load: () => number;

  constructor(
    private readonly db: ContextDatabase,
    handlers: readonly ConsumerHandler[],
    private readonly options: DispatcherOptions,
    private readonly log: Logger,
  ) {
    this.handlers = new Map(
      handlers.map((handler) => [
        handler.name,
        { handler, eventNames: new Set(handler.contracts.map((contract) => contract.name)) },
      ]),
    );
    this.contracts = contractsByName(handlers.flatMap((handler) => handler.contracts));
    this.wakeup = Wakeup.of(db, 'inbox', options.pollMs, log);
    this.unsubscribe = db.onSignal(INBOX_WRITTEN, () => this.wakeup.signal());
    this.load = options.load ?? (() => processLoad.utilization());
  }

  get context(): string {
    return this.db.context;
  }

  /** The versioned event names this context consumes. */
  get eventNames(): Set<string> {
    return new Set(this.contracts.keys());
  }

  /** Stores envelopes for their handlers' workers; invalid ones go straight to the dead letters. */
  async receive(envelopes: readonly EventEnvelope[]): Promise<void> {
    const deliveries = this.deliveriesOf(envelopes);
    if (deliveries.length === 0) return;
    await this.db.query(STORE_DELIVERIES, storeParams(deliveries, false));
    this.wakeup.signal();
  }

  /**
   * Stores envelopes as `receive` does, and handles in the same transaction
   * those whose turn has come (ADR 0034): each is stored as done, the
   * handlers' effects commit with it, and no worker claims it again. The
   * others (an earlier event of their aggregate is unfinished here) are left
   * to the workers. If handling fails, the transaction rolls back and every
   * delivery is stored for the workers instead, who retry them one by one:
   * this resolves once the deliveries are stored either way (the
   * acknowledgement) and rejects only when they cannot be.
   */
  async receiveAndHandle(envelopes: readonly EventEnvelope[]): Promise<void> {
    const deliveries = this.deliveriesOf(envelopes);
    if (deliveries.length === 0) return;
    let forWorkers = false;
    try {
      await this.db.batchOfWork(async (batch) => {
        const stored = await runStatement<{ id: string; status: string }>(
          batch.em,
          STORE_DELIVERIES,
          storeParams(deliveries, true),
        );
        const done = new Set(stored.filter((row) => row.status === 'done').map((row) => row.id));
        forWorkers = stored.some((row) => row.status === 'pending');
        const now = deliveries.filter((delivery) => done.has(delivery.id));
        // Checked against their contracts in deliveriesOf: a row stored done broke none.
        await this.runRows(
          batch,
          now.map(({ id, handler, envelope }) => ({ id, handler, envelope, attempts: 0 })),
          () => undefined,
        );
      });
    } catch (error) {
      // Whatever failed (a handler, its statement's timeout, the commit), the rows go to the
      // workers, who hold back only the failing one's aggregate; a database that is away
      // fails this store too, which rejects for redelivery.
      this.log.debug(
        { err: error, size: deliveries.length },
        'handling on receipt failed; the deliveries go to the workers',
      );
      await this.receive(envelopes);
      return;
    }
    if (forWorkers) this.wakeup.signal();
  }

  /** The deliveries of `envelopes` to the handlers of this context, each checked against its contract. */
  private deliveriesOf(envelopes: readonly EventEnvelope[]): Delivery[] {
    const deliveries: Delivery[] = [];
    for (const envelope of envelopes) {
      const contract = this.contracts.get(envelope.name);
      const problems =
        envelopeProblems(envelope) ??
        (contract ? payloadProblems(contract, envelope.payload) : `unknown event ${envelope.name}`);
      for (const { handler, eventNames } of this.handlers.values()) {
        if (eventNames.has(envelope.name))
          deliveries.push({ id: randomUUID(), handler: handler.name, envelope, problems });
      }
    }
    return deliveries;
  }

  /** Puts events back for one handler as fresh deliveries (a replay); returns how many. */
  async requeue(
    handler: string,
    envelopes: readonly EventEnvelope[],
    em?: EntityManager,
  ): Promise<number> {
    const names = this.handlers.get(handler)?.eventNames;
    const mine = envelopes.filter((envelope) => names?.has(envelope.name));
    if (mine.length === 0) return 0;
    await (em ?? this.db.orm.em.fork()).execute(
      `insert into inbox (id, event_id, handler, name, source, aggregate_id, sequence, envelope, status)
       select gen_random_uuid(), (e->>'id')::uuid, ?, e->>'name', e->>'source', e->>'aggregateId',
              (e->>'sequence')::bigint, e, 'pending'
       from jsonb_array_elements(?::jsonb) as e
       on conflict (event_id, handler) do update set status = 'pending', attempts = 0,
         next_attempt_at = now(), last_error = null, handled_at = null`,
      [handler, JSON.stringify(mine)],
    );
    // With `em`, inside the caller's unit of work: the workers wake after its commit.
    this.db.signalAfterCommit(INBOX_WRITTEN);
    return mine.length;
  }

  async start(): Promise<void> {
    await this.wakeup.start();
    this.workers = Array.from({ length: this.options.workers }, () => this.work());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    await this.wakeup.close();
    await Promise.all(this.workers);
  }

  private async work(): Promise<void> {
    while (!this.stopped) {
      try {
        const handled = await this.runBatch();
        if (handled === 0) await this.wakeup.wait();
        else if (this.singles === 0) {
          const linger = lingerFor(handled, this.options, this.load);
          if (linger > 0) await setTimeout(linger);
        }
      } catch (error) {
        if (this.stopped) break;
        this.log.error({ err: error }, 'inbox worker failed; retrying');
        await this.wakeup.wait();
      }
    }
  }

  /**
   * Claims up to a batch of eligible deliveries and runs them in one
   * transaction: one claim and one commit for the batch instead of one per
   * event. Each delivery runs as its own unit of work, except those of a
   * handler declared `together`, which run as one unit per handler (one flush
   * and one outbox write for all of them). If any of them fails, the whole
   * batch rolls back and its rows are run one by one, so that only the
   * failing one is retried or dead-lettered. Returns how many rows it claimed.
   */
  async runBatch(): Promise<number> {
    const limit = this.singles > 0 ? 1 : this.options.batchSize;
    let claimed: InboxRow[] = [];
    try {
      await this.db.batchOfWork(async (batch) => {
        // Marked done already: the commit makes that true, a rollback undoes it.
        claimed = await runStatement<InboxRow>(batch.em, INBOX_CLAIM, [
          [...this.handlers.keys()],
          limit,
        ]);
        await this.runRows(batch, claimed);
      });
    } catch (error) {
      if (claimed.length === 0) throw error;
      if (claimed.length > 1) {
        // Rolled back as a whole: run these rows one by one to find the failing one.
        this.log.debug(
          { err: error, size: claimed.length },
          'batch rolled back; rerunning one by one',
        );
        this.singles = claimed.length;
        return claimed.length;
      }
      await this.recordFailure(claimed[0]!, error);
    } finally {
      if (limit === 1 && this.singles > 0) this.singles--;
    }
    return claimed.length;
  }

  /**
   * Runs deliveries inside `batch`, round by round (`inRounds`: an aggregate's
   * events in order, even across handlers) and in a round handler by handler:
   * each delivery as its own unit of work, except those of a handler declared
   * `together`, which run as one unit (one flush and one outbox write).
   * `problemsOf`: how a row's payload breaks its contract (by default checked
   * again here: a claimed row may be a replayed dead letter).
   */
  private async runRows(
    batch: Batch,
    rows: readonly InboxRow[],
    problemsOf = (row: InboxRow) => this.problemsOf(row),
  ): Promise<void> {
    for (const round of inRounds(rows)) {
      for (const [name, ofHandler] of groupBy(round, (row) => row.handler)) {
        const { handler } = this.handlers.get(name)!;
        if (handler.together && ofHandler.length > 1) {
          await batch.together(async (unit) => {
            const checked = ofHandler.map((row) => ({ row, problems: problemsOf(row) }));
            const { instance } = handler;
            if (instance.preload) {
              const valid = checked.filter(({ problems }) => problems === undefined);
              await unit(() => instance.preload!(valid.map(({ row }) => row.envelope)));
            }
            for (const { row, problems } of checked) await this.handle(row, problems, unit);
          });
        } else {
          for (const row of ofHandler) await this.handle(row, problemsOf(row), batch.each);
        }
      }
    }
  }

  /**
   * Runs one delivery as a unit (`unit`) in the message context of its event,
   * observed: the events the handler publishes carry its correlation, are
   * caused by it and continue its trace. `problems`: how its payload breaks
   * its contract (checked again at consume: a replayed dead letter may still),
   * which fails the unit instead.
   */
  private handle(
    row: InboxRow,
    problems: string | undefined,
    unit: <R>(work: () => Promise<R>) => Promise<R>,
  ): Promise<void> {
    const { handler } = this.handlers.get(row.handler)!;
    const { envelope } = row;
    return MessageContext.run(
      { correlationId: envelope.correlationId, causationId: envelope.id },
      () =>
        (this.options.observer ?? UNOBSERVED).handling(this.context, row.handler, envelope, () =>
          unit(async () => {
            if (problems !== undefined) throw new SchemaViolation(problems);
            await handler.instance.handle(envelope);
          }),
        ),
    );
  }

  private problemsOf({ envelope }: InboxRow): string | undefined {
    return payloadProblems(this.contracts.get(envelope.name)!, envelope.payload);
  }

  private async recordFailure(row: InboxRow, error: unknown): Promise<void> {
    // A database outage is no fault of the event: it costs no attempt, so a long one dead-letters nothing.
    const attempts = outageCause(error) ? row.attempts : row.attempts + 1;
    const dead = error instanceof SchemaViolation || attempts >= this.options.maxAttempts;
    const delay = backoffDelay(
      Math.max(attempts, 1),
      this.options.backoffBaseMs,
      this.options.backoffMaxMs,
    );
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // The rollback freed the row before this update: another worker may have claimed and failed
    // it meanwhile. Only the first failure recorded from these attempts counts (a dead letter is
    // not failed again, an attempt is not lost).
    const recorded = await this.db.orm.em.fork().execute<QueryResult>(
      `update inbox set attempts = ?, status = ?, last_error = ?,
         first_failed_at = coalesce(first_failed_at, now()), last_failed_at = now(),
         next_attempt_at = now() + make_interval(secs => ?)
       where id = ? and attempts = ? and status = 'pending'`,
      [
        attempts,
        dead ? 'dead' : 'pending',
        message.slice(0, 4000),
        delay / 1000,
        row.id,
        row.attempts,
      ],
      'run',
    );
    if (recorded.affectedRows === 0) return;
    (this.options.observer ?? UNOBSERVED).failed(this.context, row.handler, dead);
    const fields = {
      handler: row.handler,
      event: row.envelope.name,
      eventId: row.envelope.id,
      attempts,
    };
    if (dead)
      this.log.error(
        { ...fields, err: error },
        'event handling failed for the last time: dead letter',
      );
    else
      this.log.warn(
        { ...fields, retryInMs: delay, err: error },
        'event handling failed; will retry',
      );
    this.wakeup.signalAfter(delay);
  }
}
