import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import type { IntegrationEventMapper } from '../../src/platform/messaging/integration-event.js';
import { PLATFORM_MIGRATIONS } from '../../src/platform/messaging/context-database.provider.js';
import { OutboxWriter } from '../../src/platform/messaging/outbox.js';
import { createLogger } from '../../src/platform/observability/logger.js';
import { ContextDatabase } from '../../src/platform/persistence/context-database.js';
import { openContextOrm } from '../../src/platform/persistence/context-orm.js';
import type { UnitOfWorkHooks } from '../../src/platform/persistence/units-of-work.js';
import {
  contextRole,
  contextRolePassword,
  provisionContext,
} from '../../src/platform/persistence/provisioning.js';

const SECRET = 'platform-test-secret-0123456789';

/**
 * A context database for platform tests, without Nest: provisioned and
 * migrated on the given test database, writing its outbox, as the app does it.
 */
export async function openTestContext(options: {
  databaseUrl: string;
  context: string;
  entities?: EntitySchema[];
  migrations?: MigrationObject[];
  publishes?: IntegrationEventMapper;
  /** Hooks of the test's own instead of the outbox that `publishes` writes. */
  hooks?: UnitOfWorkHooks;
  poolSize?: number;
  preparedStatements?: boolean;
}): Promise<ContextDatabase> {
  const password = contextRolePassword(SECRET, options.context);
  await provisionContext(options.databaseUrl, options.context, password);
  const url = new URL(options.databaseUrl);
  url.username = contextRole(options.context);
  url.password = password;
  const orm = await openContextOrm({
    context: options.context,
    url: url.toString(),
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    poolSize: options.poolSize ?? 4,
    preparedStatements: options.preparedStatements,
    platformMigrations: PLATFORM_MIGRATIONS,
    log: createLogger('silent'),
  });
  const hooks =
    options.hooks ?? (options.publishes && new OutboxWriter(options.context, options.publishes));
  const db = new ContextDatabase(options.context, orm, { hooks, url: url.toString() });
  await db.migrate();
  return db;
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const result = await check();
      if (result !== undefined && result !== false) return result;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(
    `timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
  );
}
