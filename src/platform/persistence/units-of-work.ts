import { AsyncLocalStorage } from 'node:async_hooks';
import { type EntityManager, FlushMode, type MikroORM } from '@mikro-orm/postgresql';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { DomainEvent } from '../domain/domain-event.js';
import { insertionOf } from './insertion.js';
import { runStatement } from './statements.js';

/** Signals raised inside a transaction; their listeners hear them once it has committed. */
export class AfterCommit {
  private topics?: Set<string>;

  signal(topic: string): void {
    (this.topics ??= new Set()).add(topic);
  }

  /** The topics raised, each once. */
  raised(): Iterable<string> {
    return this.topics ?? [];
  }
}

/**
 * What another part of the platform adds to every unit of work of a context,
 * without persistence knowing it: messaging writes the outbox this way.
 *
 * Two steps, so that units that share a flush (`batchOfWork`'s `together`)
 * also share one write: `prepare` runs for each unit, in the unit's own async
 * context (the event or request that caused it, its trace span), and `write`
 * runs once for everything the units of one flush prepared.
 */
export interface UnitOfWorkHooks<Prepared = unknown> {
  /** What the domain events of one unit become (no I/O). A throw rolls the transaction back. */
  prepare(events: readonly DomainEvent[]): Promise<Prepared[]>;
  /**
   * Writes what units prepared, inside the transaction after their flush: may
   * write on `em`, and raise signals for after the commit on `after`. A throw
   * rolls the transaction back.
   */
  write(em: EntityManager, prepared: readonly Prepared[], after: AfterCommit): Promise<void>;
}

/** What `batchOfWork` hands its work: see there. */
export interface Batch {
  readonly em: EntityManager;
  readonly each: <R>(unit: () => Promise<R>) => Promise<R>;
  readonly together: (
    units: (unit: <R>(work: () => Promise<R>) => Promise<R>) => Promise<void>,
  ) => Promise<void>;
}

interface UnitScope {
  readonly em: EntityManager;
  readonly aggregates: Set<AggregateRoot>;
  readonly after: AfterCommit;
  /** Reads (`ContextDatabase.query`, `read`) run in this transaction too: see `unitOfWork`. */
  readonly readsInTransaction?: boolean;
}

/**
 * The units of work of one context: each is one transaction on a fresh
 * EntityManager that repositories reach through `em`. The domain events of
 * aggregates passed to `track` go to the hooks inside the transaction; the
 * signals raised meanwhile reach their listeners after the commit — never
 * before it and never after a rollback.
 */
export class UnitsOfWork {
  private readonly scope = new AsyncLocalStorage<UnitScope>();
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(
    /** The context's name, which is also its schema's name. */
    readonly context: string,
    readonly orm: MikroORM,
    private readonly hooks?: UnitOfWorkHooks,
  ) {}

  /** The EntityManager of the unit of work in progress. */
  get em(): EntityManager {
    const scope = this.scope.getStore();
    if (!scope) {
      throw new Error(
        `No unit of work is open for the ${this.context} context: run the use case inside unitOfWork()`,
      );
    }
    return scope.em;
  }

  /**
   * Runs `work` in one transaction on a fresh EntityManager, flushes and
   * commits. A nested call joins the enclosing unit of work.
   *
   * `readsInTransaction`: the context's reads inside it run in its
   * transaction instead of on the pool, so that a request can answer with
   * what it has written before the commit (an idempotent request stores its
   * answer in the same transaction as its effect, ADR 0020); it also keeps
   * such a request to one connection of the pool.
   */
  async unitOfWork<T>(
    work: () => Promise<T>,
    { readsInTransaction = false }: { readsInTransaction?: boolean } = {},
  ): Promise<T> {
    const enclosing = this.scope.getStore();
    if (enclosing) {
      const value = await work();
      // The enclosing unit reads in its transaction next: let it read what this one wrote.
      if (enclosing.readsInTransaction) await enclosing.em.flush();
      return value;
    }
    const after = new AfterCommit();
    // `transactional` gives the transaction its own EntityManager and flushes it
    // before the commit: no second fork, no second flush.
    const result = await this.orm.em.transactional((em) =>
      this.runUnit(em, work, after, { flush: false, readsInTransaction }),
    );
    this.emit(after);
    return result;
  }

  /** The transaction reads must run in (a unit of work that reads in its transaction), if any. */
  protected readingTransaction(): EntityManager | undefined {
    const scope = this.scope.getStore();
    return scope?.readsInTransaction ? scope.em : undefined;
  }

  /**
   * Runs several units of work in one transaction: one commit for all of
   * them, or none. `each` runs a unit on its own EntityManager, flushed at
   * its end, so units see each other's flushed writes but never share
   * entities. `together` runs a group of units on one EntityManager with one
   * flush (and one hooks' write) at the group's end: each unit finds the
   * entities earlier units of the group loaded, with their unflushed changes
   * (a query merges what it reads into them without undoing those changes),
   * but no query sees the group's changes before its flush at the end.
   * `em` is the transaction's own, for statements about the batch itself.
   */
  async batchOfWork<T>(work: (batch: Batch) => Promise<T>): Promise<T> {
    const after = new AfterCommit();
    const result = await this.orm.em.transactional((em) => {
      const fork = (flushMode?: FlushMode) =>
        em.fork({ keepTransactionContext: true, clear: true, flushMode });
      return work({
        em,
        each: (unit) => this.runUnit(fork(), unit, after, { flush: true }),
        // Not MikroORM's default auto flush, which would flush before nearly every query of
        // the next unit and leave the group nothing to write together.
        together: (units) => this.runGroup(fork(FlushMode.COMMIT), units, after),
      });
    });
    this.emit(after);
    return result;
  }

  /** Adds a new or changed aggregate to the unit of work in progress. */
  track(aggregate: AggregateRoot): void {
    this.em.persist(aggregate);
    this.scope.getStore()!.aggregates.add(aggregate);
  }

  /**
   * Inserts a new aggregate at once, with one prepared statement made from
   * its ORM mapping, instead of at the flush through the ORM's change sets
   * (ADR 0035): for a unit that creates one aggregate and changes nothing
   * else, such as a request placing an order. Its domain events go to the
   * hooks like a tracked aggregate's. The ORM does not manage it afterwards:
   * a later change to it in the same unit would not be stored.
   */
  async insert(aggregate: AggregateRoot): Promise<void> {
    const em = this.em;
    const { sql, params } = insertionOf(em, aggregate);
    await runStatement(em, sql, params);
    this.scope.getStore()!.aggregates.add(aggregate);
  }

  /** Raises `topic`: after the commit of the unit of work in progress, or now outside one. */
  signalAfterCommit(topic: string): void {
    const scope = this.scope.getStore();
    if (scope) scope.after.signal(topic);
    else this.notify(topic);
  }

  /** Calls `listener` each time `topic` is raised (after its commit), until the returned function is called. */
  onSignal(topic: string, listener: () => void): () => void {
    let listeners = this.listeners.get(topic);
    if (!listeners) this.listeners.set(topic, (listeners = new Set()));
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /**
   * Runs one unit on `em` inside an open transaction and hands the domain
   * events of its aggregates to the hooks. `flush`: whether to flush here
   * (otherwise the caller does, before its commit).
   */
  private async runUnit<T>(
    em: EntityManager,
    work: () => Promise<T>,
    after: AfterCommit,
    { flush, readsInTransaction }: { flush: boolean; readsInTransaction?: boolean },
  ): Promise<T> {
    const prepared: unknown[] = [];
    const value = await this.runPart(em, work, after, prepared, readsInTransaction);
    if (flush) await em.flush();
    await this.write(em, prepared, after);
    return value;
  }

  /** Runs units one after another on `em`, then flushes once and writes what their events became. */
  private async runGroup(
    em: EntityManager,
    units: (unit: <R>(work: () => Promise<R>) => Promise<R>) => Promise<void>,
    after: AfterCommit,
  ): Promise<void> {
    const prepared: unknown[] = [];
    await units((work) => this.runPart(em, work, after, prepared));
    await em.flush();
    await this.write(em, prepared, after);
  }

  /**
   * Runs `work` as a unit on `em` and adds what its aggregates' domain events
   * become to `prepared` — still in the caller's async context, so that they
   * carry the message context and span of the work that raised them.
   */
  private async runPart<T>(
    em: EntityManager,
    work: () => Promise<T>,
    after: AfterCommit,
    prepared: unknown[],
    readsInTransaction?: boolean,
  ): Promise<T> {
    const scope: UnitScope = { em, aggregates: new Set(), after, readsInTransaction };
    const value = await this.scope.run(scope, work);
    if (scope.aggregates.size === 0 || !this.hooks) return value;
    const raised = [...scope.aggregates].flatMap((aggregate) => aggregate.pullEvents());
    if (raised.length > 0) prepared.push(...(await this.hooks.prepare(raised)));
    return value;
  }

  private async write(em: EntityManager, prepared: unknown[], after: AfterCommit): Promise<void> {
    if (prepared.length > 0) await this.hooks!.write(em, prepared, after);
  }

  private emit(after: AfterCommit): void {
    for (const topic of after.raised()) this.notify(topic);
  }

  private notify(topic: string): void {
    for (const listener of this.listeners.get(topic) ?? []) listener();
  }
}
