import { ConfigError, loadConfig } from './platform/config/config.js';
import { createLogger } from './platform/observability/logger.js';
import { createApp } from './app/create-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp({ config, logger });
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ url: `http://localhost:${config.PORT}`, docs: `http://localhost:${config.PORT}/docs` }, 'Emporium is serving');
}

main().catch((error: unknown) => {
  // One clear line for configuration mistakes; the full error for anything else.
  if (error instanceof ConfigError || (error instanceof Error && error.message.startsWith('Invalid configuration'))) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Emporium failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
