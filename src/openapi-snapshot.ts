import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app/create-app.js';
import { loadConfig } from './platform/config/config.js';
import { createLogger } from './platform/observability/logger.js';
import { writeOpenApiSnapshot } from './platform/http/openapi-snapshot.js';

/**
 * `npm run openapi:snapshot`: records the published REST contract and the
 * client types generated from it. A change that would break existing clients
 * is refused with what broke and what to do instead.
 */
async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'emporium-openapi-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const config = loadConfig({
    ...env,
    EMBEDDED_DB_DIR: join(dataDir, 'pg'),
    EMBEDDED_DB_PORT: String(20000 + Math.floor(Math.random() * 10000)),
    MESSAGING_RUN: 'false',
    LOG_LEVEL: 'error',
  });
  const app = await createApp({ config, logger: createLogger(config.LOG_LEVEL) });
  try {
    const document: unknown = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const result = await writeOpenApiSnapshot(process.cwd(), document);
    for (const line of result.messages) process.stdout.write(`${line}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
