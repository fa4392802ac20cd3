import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { DomainEvent } from '../domain/domain-event.js';

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
 */
export interface UnitOfWorkHooks {
  /**
   * Runs inside the transaction, once for each unit whose tracked aggregates
   * raised domain events, after the unit's work: may write on `em`, and raise
   * signals for after the commit on `after`. A throw rolls the transaction back.
   */
  eventsRaised(
    em: EntityManager,
    events: readonly DomainEvent[],
    after: AfterCommit,
  ): Promise<void>;
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
   * them, or none. Each unit (`each`) has its own EntityManager, so units see
   * each other's flushed writes but never share entities; `em` is the
   * transaction's own, for statements about the batch itself.
   */
  async batchOfWork<T>(
    work: (each: <R>(unit: () => Promise<R>) => Promise<R>, em: EntityManager) => Promise<T>,
  ): Promise<T> {
    const after = new AfterCommit();
    const result = await this.orm.em.transactional((em) =>
      work(
        (unit) =>
          this.runUnit(em.fork({ keepTransactionContext: true, clear: true }), unit, after, {
            flush: true,
          }),
        em,
      ),
    );
    this.emit(after);
    return result;
  }

  /** Adds a new or changed aggregate to the unit of work in progress. */
  track(aggregate: AggregateRoot): void {
    this.em.persist(aggregate);
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
    const scope: UnitScope = { em, aggregates: new Set(), after, readsInTransaction };
    const value = await this.scope.run(scope, work);
    if (flush) await em.flush();
    if (scope.aggregates.size === 0) return value;
    const raised = [...scope.aggregates].flatMap((aggregate) => aggregate.pullEvents());
    if (raised.length > 0 && this.hooks) await this.hooks.eventsRaised(em, raised, after);
    return value;
  }

  private emit(after: AfterCommit): void {
    for (const topic of after.raised()) this.notify(topic);
  }

  private notify(topic: string): void {
    for (const listener of this.listeners.get(topic) ?? []) listener();
  }
}
