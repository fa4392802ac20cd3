import './app/refuse-unsupported-node.js';
import { createApp } from './app/create-app.js';
import { exitOnFatal } from './app/fatal.js';
import { loadConfig } from './platform/config/config.js';
import { createLogger } from './platform/observability/logger.js';

/**
 * `npm run migrate`: provisions each hosted context's schema and role and
 * applies its pending migrations, then exits. The same happens at every start
 * unless DATABASE_MIGRATE=false.
 */
async function migrate(): Promise<void> {
  const config = loadConfig({ ...process.env, DATABASE_MIGRATE: 'true' });
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp({ config, logger });
  await app.close();
  logger.info('migrations are up to date');
}

migrate().then(() => process.exit(0), exitOnFatal('Migration failed'));
