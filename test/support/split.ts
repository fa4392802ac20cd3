import { resolve } from 'node:path';
import { type LaunchedSplit, launchSplit } from '../../src/app/split/launcher.js';
import { SPLIT_LAYOUTS, type SplitLayoutName } from '../../src/app/split/layouts.js';
import { planSplit } from '../../src/app/split/plan.js';
import { TEST_ADMIN } from './app.js';
import { adminQuery, createTestDatabase } from './database.js';
import { freePort } from './system.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface TestSplit extends LaunchedSplit {
  /** Runs SQL as superuser in the database of the process that hosts `context`. */
  sql<T = any>(context: string, query: string, params?: unknown[]): Promise<T[]>;
}

/**
 * A split topology of the built shop (global-setup built it) as real child
 * processes, each on a database of its own in the test cluster; the
 * administrator is TEST_ADMIN. Closing it stops them and drops the databases.
 */
export async function startSplit(
  layout: SplitLayoutName,
  options: { natsUrl?: string; env?: Record<string, string> } = {},
): Promise<TestSplit> {
  const processes = SPLIT_LAYOUTS[layout];
  const databases = await Promise.all(processes.map(() => createTestDatabase()));
  const ports: number[] = [];
  while (ports.length < processes.length) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const plan = planSplit(processes, {
    ports,
    databases: databases.map(({ url }) => ({
      server: { url, roleSecret: 'test-role-secret-0123456789' },
    })),
    natsUrl: options.natsUrl,
    jwtSecret: 'test-jwt-secret-0123456789-0123456789',
    admin: TEST_ADMIN,
    env: {
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
      DATABASE_POOL_SIZE: '4',
      // Every request of a test comes from one address: the limits are proven in test/e2e/security.
      RATE_LIMIT_SIGN_IN: '0',
      RATE_LIMIT_REGISTRATION: '0',
      RATE_LIMIT_ORDERS: '0',
      ...options.env,
    },
  });
  const dropAll = () => Promise.all(databases.map((database) => database.drop()));
  const split = await launchSplit(plan, { entry: 'dist/src/main.js', cwd: ROOT }).catch(
    async (error: unknown) => {
      await dropAll();
      throw error;
    },
  );
  const databaseOf = (context: string) =>
    databases[split.processes.indexOf(split.hosting(context))]!.name;
  return {
    ...split,
    sql: async (context, query, params = []) =>
      (await adminQuery(query, params, databaseOf(context))).rows,
    close: async () => {
      await split.close();
      await dropAll();
    },
  };
}
