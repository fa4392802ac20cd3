import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { UnitOfWork } from '../application/unit-of-work.js';
import { withoutStatementDeadline } from './statement-deadline.js';
import { runOnPool, runStatement } from './statements.js';
import { type UnitOfWorkHooks, UnitsOfWork } from './units-of-work.js';

/**
 * One context's own database access: its own MikroORM instance, connected as
 * its own role to its own schema; its units of work (see `UnitsOfWork`), its
 * reads and its migrations. Application code sees it through its context's
 * `UnitOfWork` port; repositories and adapters in infrastructure/ use it as is.
 */
export class ContextDatabase extends UnitsOfWork implements UnitOfWork {
  /** The context's name; each subclass sets it (`static override readonly context = 'catalog'`). */
  static readonly context: string = '';

  /** How the context connects, for connections the ORM does not make (LISTEN). */
  readonly url?: string;

  constructor(
    context: string,
    orm: MikroORM,
    options: { readonly hooks?: UnitOfWorkHooks; readonly url?: string } = {},
  ) {
    super(context, orm, options.hooks);
    this.url = options.url;
  }

  /** A read outside any unit of work (but in one that reads in its transaction): queries may bypass aggregates. */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.readingTransaction() ?? this.orm.em.fork({ useContext: false }));
  }

  /**
   * One SQL statement on the pool, outside any transaction (also when called
   * inside a unit of work, unless it reads in its transaction), with no
   * EntityManager to set up (hot read paths): bound parameters (`$1`…), a
   * prepared statement.
   */
  query<T extends object>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const transaction = this.readingTransaction();
    if (transaction) return runStatement<T>(transaction, sql, params);
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
