import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { DomainEvent } from '../domain/domain-event.js';
import type { IntegrationEventMapper } from '../messaging/integration-event.js';
import { BatchedInboxClaims } from '../messaging/migrations/platform-messaging-batched-claims.migration.js';
import { CreateMessagingTables } from '../messaging/migrations/platform-messaging.migration.js';
import { WakeupsInProcess } from '../messaging/migrations/platform-messaging-wakeups-in-process.migration.js';
import { appendToOutbox } from '../messaging/outbox.js';
import { withoutStatementDeadline } from './statement-deadline.js';
import { contextPool, PreparingPostgreSqlDriver, runOnPool } from './statements.js';
import {
  DEFAULT_TIMEOUTS,
  type DatabaseTimeouts,
  guardStatements,
  poolTimeouts,
  serverTimeouts,
} from './timeouts.js';

/** What a context tells the platform about its data. */
export interface ContextDatabaseDefinition {
  readonly entities: readonly EntitySchema[];
  /** The context's migrations in order (from `migrations/<context>/index.ts`). */
  readonly migrations: readonly MigrationObject[];
  /** Maps the context's domain events to the integration events it publishes. */
  readonly publishes?: IntegrationEventMapper;
}

/** The platform's own tables, in every context's schema, before the context's migrations. */
const PLATFORM_MIGRATIONS: MigrationObject[] = [
  { name: '00000000000000-platform-messaging', class: CreateMessagingTables },
  { name: '00000000000001-platform-messaging-batched-claims', class: BatchedInboxClaims },
  { name: '00000000000002-platform-messaging-wakeups-in-process', class: WakeupsInProcess },
];

export interface ContextDatabaseOptions extends ContextDatabaseDefinition {
  /** The context's name, which is also its schema's name. */
  readonly context: string;
  readonly url: string;
  readonly poolSize: number;
  /** Name repeated statements so PostgreSQL keeps them prepared (default); values are bound either way. */
  readonly preparedStatements?: boolean;
  /** Bounds on every wait for the database (default: DEFAULT_TIMEOUTS). */
  readonly timeouts?: DatabaseTimeouts;
  readonly log: Logger;
}

/** Opens a context's own ORM instance: its role's connection, its schema, its migrations. */
export async function openContextOrm(options: ContextDatabaseOptions): Promise<MikroORM> {
  const pool = contextPool(options.preparedStatements !== false);
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const orm = await MikroORM.init({
    driver: PreparingPostgreSqlDriver,
    clientUrl: options.url,
    schema: options.context,
    entities: [...options.entities],
    contextName: options.context,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      migrationsList: [...PLATFORM_MIGRATIONS, ...options.migrations],
      tableName: 'schema_migrations',
      schema: options.context,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: options.poolSize },
    driverOptions: {
      // Unqualified names resolve in the context's schema only.
      options: `-c search_path=${options.context} ${serverTimeouts(timeouts)}`,
      ...poolTimeouts(timeouts),
      onPoolCreated: (created: Parameters<typeof pool.onPoolCreated>[0]) => {
        pool.onPoolCreated(created);
        guardStatements(created, timeouts);
      },
    },
    debug: false,
    loggerFactory: () => ({
      log: (namespace: string, message: string) => options.log.debug({ namespace }, message),
      error: (namespace: string, message: string) => options.log.error({ namespace }, message),
      warn: (namespace: string, message: string) => options.log.warn({ namespace }, message),
      logQuery: () => {},
      setDebugMode: () => {},
      isEnabled: () => false,
    }),
  });
  return pool.attach(orm);
}

/** What a transaction's units wrote that matters after its commit. */
interface Written {
  readonly events: DomainEvent[];
  outbox: number;
  inbox: boolean;
}

interface UnitOfWorkScope {
  readonly em: EntityManager;
  readonly aggregates: Set<AggregateRoot>;
  readonly written: Written;
}

/**
 * One context's own database access: its own MikroORM instance, connected as
 * its own role to its own schema, and the unit of work its use cases run in.
 *
 * A unit of work is one transaction. Repositories reach its EntityManager
 * through `em`. The domain events of aggregates passed to `track` become
 * integration events in the outbox within the same transaction, and are
 * dispatched in-process once the transaction has committed — never before and
 * never after a rollback.
 */
export class ContextDatabase {
  /** The context's name; each subclass sets it (`static override readonly context = 'catalog'`). */
  static readonly context: string = '';

  private readonly scope = new AsyncLocalStorage<UnitOfWorkScope>();
  private readonly outboxListeners = new Set<() => void>();
  private readonly inboxListeners = new Set<() => void>();

  constructor(
    readonly context: string,
    readonly orm: MikroORM,
    private readonly dispatch: (events: DomainEvent[]) => Promise<void>,
    private readonly publishes: IntegrationEventMapper = () => [],
    /** How the context connects, for connections the ORM does not make (LISTEN). */
    readonly url?: string,
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
   * Runs `work` in one transaction on a fresh EntityManager, flushes, commits
   * and then dispatches the domain events of the tracked aggregates. A nested
   * call joins the enclosing unit of work.
   */
  async unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    if (this.scope.getStore()) return work();
    const written: Written = { events: [], outbox: 0, inbox: false };
    // `transactional` gives the transaction its own EntityManager and flushes it
    // before the commit: no second fork, no second flush.
    const result = await this.orm.em.transactional((em) =>
      this.runUnit(em, work, written, { flush: false }),
    );
    await this.committed(written);
    return result;
  }

  /**
   * Runs several units of work in one transaction: one commit for all of
   * them, or none. Each unit (`each`) has its own EntityManager, so units see
   * each other's flushed writes but never share entities; `em` is the
   * transaction's own, for statements about the batch itself. Domain events
   * are dispatched after the commit, as for a single unit of work.
   */
  async batchOfWork<T>(
    work: (each: <R>(unit: () => Promise<R>) => Promise<R>, em: EntityManager) => Promise<T>,
  ): Promise<T> {
    const written: Written = { events: [], outbox: 0, inbox: false };
    const result = await this.orm.em.transactional((em) =>
      work(
        (unit) =>
          this.runUnit(em.fork({ keepTransactionContext: true, clear: true }), unit, written, {
            flush: true,
          }),
        em,
      ),
    );
    await this.committed(written);
    return result;
  }

  /**
   * Calls `listener` after each commit that added rows to the outbox (the
   * relay's wake-up), until the returned function is called.
   */
  onOutboxCommitted(listener: () => void): () => void {
    this.outboxListeners.add(listener);
    return () => this.outboxListeners.delete(listener);
  }

  /**
   * Calls `listener` when deliveries were put (back) into the inbox outside
   * the inbox's own loop — a replay, a dead letter requeued — until the
   * returned function is called.
   */
  onInboxWritten(listener: () => void): () => void {
    this.inboxListeners.add(listener);
    return () => this.inboxListeners.delete(listener);
  }

  /** Says that deliveries were put into the inbox: now, or after the commit of the unit of work in progress. */
  inboxWritten(): void {
    const scope = this.scope.getStore();
    if (scope) scope.written.inbox = true;
    else for (const listener of this.inboxListeners) listener();
  }

  /**
   * Runs one unit on `em` inside an open transaction and appends the
   * integration events of its aggregates to the outbox; records its domain
   * events and outbox rows in `written`. `flush`: whether to flush here
   * (otherwise the caller does, before its commit).
   */
  private async runUnit<T>(
    em: EntityManager,
    work: () => Promise<T>,
    written: Written,
    { flush }: { flush: boolean },
  ): Promise<T> {
    const scope: UnitOfWorkScope = { em, aggregates: new Set(), written };
    const value = await this.scope.run(scope, work);
    if (flush) await em.flush();
    const raised = [...scope.aggregates].flatMap((aggregate) => aggregate.pullEvents());
    const outgoing = raised.flatMap((event) => this.publishes(event));
    if (outgoing.length > 0) await appendToOutbox(em, this.context, outgoing);
    written.events.push(...raised);
    written.outbox += outgoing.length;
    return value;
  }

  /** After a commit: wakes the relay if there is something to relay, then dispatches in process. */
  private async committed(written: Written): Promise<void> {
    if (written.outbox > 0) for (const listener of this.outboxListeners) listener();
    if (written.inbox) for (const listener of this.inboxListeners) listener();
    if (written.events.length > 0) await this.dispatch(written.events);
  }

  /** Adds a new or changed aggregate to the unit of work in progress. */
  track(aggregate: AggregateRoot): void {
    this.em.persist(aggregate);
    this.scope.getStore()!.aggregates.add(aggregate);
  }

  /** A read outside any unit of work: queries may bypass aggregates. */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.orm.em.fork({ useContext: false }));
  }

  /**
   * One SQL statement on the pool, outside any transaction (also when called
   * inside a unit of work), with no EntityManager to set up (hot read paths):
   * bound parameters (`$1`…), a prepared statement.
   */
  query<T extends object>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return runOnPool<T>(this.orm, sql, params);
  }

  /** Applies pending migrations with no statement timeout: building an index on a large table is no stall. */
  async migrate(): Promise<string[]> {
    const connection = this.orm.em.getConnection();
    // Initialises the migrator first: it would take a second connection inside the transaction.
    await this.orm.migrator.getPending();
    const applied = await withoutStatementDeadline(() =>
      connection.transactional(async (transaction) => {
        await connection.execute('set local statement_timeout = 0', [], 'run', transaction);
        return this.orm.migrator.up({ transaction });
      }),
    );
    return applied.map((migration) => migration.name);
  }

  async pendingMigrations(): Promise<string[]> {
    const pending = await this.orm.migrator.getPending();
    return pending.map((migration) => migration.name);
  }

  async ping(): Promise<void> {
    await this.orm.em.fork().getConnection().execute('select 1');
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }
}
