import type { FactoryProvider } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DomainEvent } from '../domain/domain-event.js';
import {
  type ContextDatabase,
  type ContextDatabaseDefinition,
  openContextOrm,
} from './context-database.js';
import { DatabaseServer } from './database-server.js';

type ContextDatabaseClass<T extends ContextDatabase> = new (
  context: string,
  orm: MikroORM,
  dispatch: (events: DomainEvent[]) => Promise<void>,
) => T;

/**
 * The Nest provider of a context's database: provisions the context's schema
 * and role, opens its own ORM instance, applies its migrations, and wires its
 * domain events to the event bus. The context's subclass is the injection token.
 */
export function contextDatabaseProvider<T extends ContextDatabase>(
  type: ContextDatabaseClass<T>,
  definition: ContextDatabaseDefinition,
): FactoryProvider<T> {
  return {
    provide: type,
    inject: [DatabaseServer, APP_CONFIG, LOGGER, EventBus],
    useFactory: async (
      server: DatabaseServer,
      config: AppConfig,
      log: Logger,
      events: EventBus,
    ) => {
      const contextLog = log.child({ context: definition.context });
      const url = await server.prepareContext(definition.context);
      const orm = await openContextOrm({
        ...definition,
        url,
        poolSize: config.DATABASE_POOL_SIZE,
        log: contextLog,
      });
      const database = new type(definition.context, orm, (domainEvents) => {
        events.publishAll(domainEvents);
        return Promise.resolve();
      });
      server.attach(database);
      if (config.DATABASE_MIGRATE) {
        const applied = await database.migrate();
        if (applied.length > 0) contextLog.info({ applied }, 'migrations applied');
      }
      return database;
    },
  };
}
