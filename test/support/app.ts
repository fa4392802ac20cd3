import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '../../src/platform/auth/principal.js';
import { TokenService } from '../../src/platform/auth/tokens.js';
import { createApp, type CreateAppOptions } from '../../src/app/create-app.js';
import { type AppConfig, loadConfig } from '../../src/platform/config/config.js';
import { ManualClock } from '../../src/platform/domain/clock.js';
import { createLogger } from '../../src/platform/observability/logger.js';
import { adminQuery, createTestDatabase } from './database.js';

/** The administrator every test app starts with. */
export const TEST_ADMIN = { email: 'admin@emporium.test', password: 'admin-password-123' };

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  readonly clock: ManualClock;
  readonly databaseUrl: string;
  /**
   * A valid bearer token for a caller with this role: the configured
   * administrator, or a newly registered customer, unless an id is given
   * (the guard refuses tokens of accounts that do not exist where the
   * customers context runs).
   */
  tokenFor(role: Role, id?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the shop (or the contexts named) exactly as `npm start` does, on a
 * database of its own, with a clock the test controls. Not listening: requests
 * go through `app.inject`.
 */
export async function startTestApp(
  options: {
    contexts?: string;
    env?: Record<string, string>;
    /** Receives every JSON log line (the level is then at least `info`). */
    logLines?: string[];
    /** Another test app's database, to run a second process of the same shop (not dropped on close). */
    databaseUrl?: string;
    /** Stand-ins for public queries of contexts not booted (see CreateAppOptions). */
    publicQueries?: CreateAppOptions['publicQueries'];
    /**
     * The test feeds what producers not booted would send (see CreateAppOptions); on
     * by default, as a context booted alone is tested that way. Off: start-up refuses
     * a consumed producer that is neither booted nor reachable over NATS.
     */
    standInProducers?: boolean;
  } = {},
): Promise<TestApp> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: () => Promise.resolve() }
    : await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATABASE_ROLE_SECRET: 'test-role-secret-0123456789',
    AUTH_JWT_SECRET: 'test-jwt-secret-0123456789-0123456789',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    CONTEXTS: options.contexts ?? 'all',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? (options.logLines ? 'info' : 'silent'),
    DATABASE_POOL_SIZE: '4',
    // Every request of a test comes from one address: the limits are proven in test/e2e/security.
    RATE_LIMIT_SIGN_IN: '0',
    RATE_LIMIT_REGISTRATION: '0',
    RATE_LIMIT_ORDERS: '0',
    ...options.env,
  });
  const clock = new ManualClock('2026-03-01T09:00:00.000Z');
  const lines = options.logLines;
  const destination = lines ? { write: (line: string) => void lines.push(line) } : undefined;
  const app = await createApp({
    config,
    logger: createLogger(config.LOG_LEVEL, destination, {
      repeatIntervalMs: config.LOG_REPEAT_INTERVAL_MS,
    }),
    clock,
    publicQueries: options.publicQueries,
    standInProducers: options.standInProducers ?? true,
  });
  await app.getHttpAdapter().getInstance().ready();
  const hostsCustomers = ['all', 'customers'].some((name) =>
    (options.contexts ?? 'all').split(',').includes(name),
  );
  const subjectFor = async (role: Role): Promise<string> => {
    if (!hostsCustomers) return randomUUID();
    if (role === 'admin') {
      const database = new URL(config.DATABASE_URL).pathname.slice(1);
      const { rows } = await adminQuery(
        'select id from customers.customers where email = $1',
        [TEST_ADMIN.email],
        database,
      );
      return rows[0].id as string;
    }
    const registered = await app.inject({
      method: 'POST',
      url: '/api/customers',
      payload: {
        email: `subject-${randomUUID()}@example.com`,
        name: 'Test subject',
        password: 'a-long-enough-password',
      },
    });
    return registered.json<{ id: string }>().id;
  };
  return {
    app,
    config,
    clock,
    databaseUrl: database.url,
    tokenFor: async (role, id) =>
      (await app.get(TokenService).issue({ id: id ?? (await subjectFor(role)), role }, clock.now()))
        .accessToken,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
