import type { MigrationObject } from '@mikro-orm/core';
import type { Abstract, FactoryProvider, Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import type { UnitOfWork } from '../application/unit-of-work.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import type { ContextDatabase } from '../persistence/context-database.js';
import { type ContextDataDefinition, openContextOrm } from '../persistence/context-orm.js';
import { DatabaseServer } from '../persistence/database-server.js';
import { IntegrationEvents } from './integration-event.js';
import { CreateIdempotencyKeys } from '../http/idempotency/idempotency-keys.migration.js';
import { MESSAGING_MIGRATIONS } from './migrations/index.js';
import { OutboxWriter } from './outbox.js';

/** The platform's tables in every context's schema, before the context's own migrations. */
export const PLATFORM_MIGRATIONS: readonly MigrationObject[] = [
  ...MESSAGING_MIGRATIONS,
  { name: '00000000000004-platform-idempotency-keys', class: CreateIdempotencyKeys },
];

type ContextDatabaseClass<T extends ContextDatabase> = {
  readonly context: string;
  new (...args: ConstructorParameters<typeof ContextDatabase>): T;
};

/** A context's data and what it publishes, as its infrastructure declares them. */
export interface ContextDatabaseDefinition extends ContextDataDefinition {
  /** The application port its use cases inject; the database is provided under it too. */
  readonly unitOfWork: Abstract<UnitOfWork>;
  /** Which of the context's domain events become which integration events. */
  readonly publishes?: IntegrationEvents;
}

/**
 * The Nest providers of a context's database: provisions the context's schema
 * and role, opens its own ORM instance with messaging's tables before the
 * context's own, applies the migrations, and lets messaging write the outbox
 * in its units of work. Persistence itself knows nothing of messaging: this is
 * where the two meet (ADR 0014). The context's subclass is the injection
 * token (for infrastructure/), and so is its application port.
 */
export function contextDatabaseProvider<T extends ContextDatabase>(
  type: ContextDatabaseClass<T>,
  definition: ContextDatabaseDefinition,
): Provider[] {
  const context = type.context;
  if (!context) throw new Error(`${type.name} must set its static context name`);
  const database: FactoryProvider<T> = {
    provide: type,
    inject: [DatabaseServer, APP_CONFIG, LOGGER],
    useFactory: async (server: DatabaseServer, config: AppConfig, log: Logger) => {
      const contextLog = log.child({ context });
      const url = await server.prepareContext(context);
      const orm = await openContextOrm({
        entities: definition.entities,
        migrations: definition.migrations,
        context,
        url,
        poolSize: config.DATABASE_POOL_SIZE,
        preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
        timeouts: {
          statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
          acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
        },
        platformMigrations: PLATFORM_MIGRATIONS,
        log: contextLog,
      });
      const hooks = definition.publishes && new OutboxWriter(context, definition.publishes.map);
      const db = new type(context, orm, { hooks, url });
      server.attach(db);
      if (config.DATABASE_MIGRATE) {
        const applied = await db.migrate();
        if (applied.length > 0) contextLog.info({ applied }, 'migrations applied');
      }
      return db;
    },
  };
  const port: Provider = { provide: definition.unitOfWork, useExisting: type };
  // The table is a provider too, so that the event catalog finds what the hosted contexts publish.
  const { publishes } = definition;
  return publishes
    ? [database, port, { provide: IntegrationEvents, useValue: publishes }]
    : [database, port];
}
