import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { contextPool, PreparingPostgreSqlDriver } from './statements.js';
import {
  DEFAULT_TIMEOUTS,
  type DatabaseTimeouts,
  guardStatements,
  poolTimeouts,
  serverTimeouts,
} from './timeouts.js';

/** What a context tells the platform about its data. */
export interface ContextDataDefinition {
  readonly entities: readonly EntitySchema[];
  /** The context's migrations in order (from `migrations/<context>/index.ts`). */
  readonly migrations: readonly MigrationObject[];
}

export interface ContextDatabaseOptions extends ContextDataDefinition {
  /** The context's name, which is also its schema's name. */
  readonly context: string;
  readonly url: string;
  readonly poolSize: number;
  /** Name repeated statements so PostgreSQL keeps them prepared (default); values are bound either way. */
  readonly preparedStatements?: boolean;
  /**
   * Tables other parts of the platform keep in every context's schema (the
   * messaging tables), migrated before the context's own.
   */
  readonly platformMigrations?: readonly MigrationObject[];
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
    ...socketFolder(options.url),
    schema: options.context,
    entities: [...options.entities],
    contextName: options.context,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      migrationsList: [...(options.platformMigrations ?? []), ...options.migrations],
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

/**
 * A URL's `host` query parameter (`?host=/var/run/postgresql`: a Unix socket's
 * folder, as libpq and node-postgres read it), which MikroORM's own parsing of
 * the URL drops: without it the pool would connect over TCP to the URL's host.
 */
function socketFolder(url: string): { host?: string } {
  const host = new URL(url).searchParams.get('host');
  return host ? { host } : {};
}
