import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '../../src/platform/auth/principal.js';
import { TokenService } from '../../src/platform/auth/tokens.js';
import { createApp } from '../../src/app/create-app.js';
import { type AppConfig, loadConfig } from '../../src/platform/config/config.js';
import { ManualClock } from '../../src/platform/domain/clock.js';
import { createLogger } from '../../src/platform/observability/logger.js';
import { createTestDatabase } from './database.js';

/** The administrator every test app starts with. */
export const TEST_ADMIN = { email: 'admin@emporium.test', password: 'admin-password-123' };

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  readonly clock: ManualClock;
  readonly databaseUrl: string;
  /** A valid bearer token for a caller with this role (the id is made up unless given). */
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
  });
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    clock,
    databaseUrl: database.url,
    tokenFor: async (role, id = randomUUID()) =>
      (await app.get(TokenService).issue({ id, role }, clock.now())).accessToken,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
