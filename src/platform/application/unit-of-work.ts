import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What a use case needs from its context's data: a transaction to run in, and
 * reads. Each context declares its own subclass in application/ (the token its
 * handlers inject); the context's database in infrastructure/ implements it.
 * Application code therefore never imports infrastructure/.
 */
export abstract class UnitOfWork {
  /**
   * Runs `work` in one transaction, commits, and only then lets the context's
   * integration events go. A nested call joins the enclosing unit of work.
   */
  abstract unitOfWork<T>(work: () => Promise<T>): Promise<T>;

  /** The EntityManager of the unit of work in progress, for SQL inside it. */
  abstract readonly em: EntityManager;

  /** A read outside any unit of work: queries may bypass aggregates. */
  abstract read<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;

  /** One SQL statement (`$1`… bound) on the pool, outside any transaction: hot reads. */
  abstract query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]>;

  /** Migrations of the context's schema not yet applied (a schema not migrated is not ready). */
  abstract pendingMigrations(): Promise<string[]>;
}
