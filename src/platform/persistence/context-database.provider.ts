import type { FactoryProvider } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import type { DomainEvent } from '../domain/domain-event.js';
import {
  type ContextDatabase,
  type ContextDatabaseDefinition,
  openContextOrm,
} from './context-database.js';
import { DatabaseServer } from './database-server.js';

type ContextDatabaseClass<T extends ContextDatabase> = {
  readonly context: string;
  new (...args: ConstructorParameters<typeof ContextDatabase>): T;
};

/**
 * The Nest provider of a context's database: provisions the context's schema
 * and role, opens its own ORM instance, applies its migrations, and wires its
 * domain events to the event bus. The context's subclass is the injection token.
 */
export function contextDatabaseProvider<T extends ContextDatabase>(
  type: ContextDatabaseClass<T>,
  definition: ContextDatabaseDefinition,
): FactoryProvider<T> {
  const context = type.context;
  if (!context) throw new Error(`${type.name} must set its static context name`);
  return {
    provide: type,
    inject: [DatabaseServer, APP_CONFIG, LOGGER, EventBus],
    useFactory: async (
      server: DatabaseServer,
      config: AppConfig,
      log: Logger,
      events: EventBus,
    ) => {
      const contextLog = log.child({ context });
      const url = await server.prepareContext(context);
      const orm = await openContextOrm({
        ...definition,
        context,
        url,
        poolSize: config.DATABASE_POOL_SIZE,
        preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
        timeouts: {
          statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
          acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
        },
        log: contextLog,
      });
      const dispatch = (domainEvents: DomainEvent[]) => {
        events.publishAll(domainEvents);
        return Promise.resolve();
      };
      const database = new type(context, orm, dispatch, definition.publishes, url);
      server.attach(database);
      if (config.DATABASE_MIGRATE) {
        const applied = await database.migrate();
        if (applied.length > 0) contextLog.info({ applied }, 'migrations applied');
      }
      return database;
    },
  };
}
