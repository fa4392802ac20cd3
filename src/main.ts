import './app/refuse-unsupported-node.js';
import { exitOnFatal } from './app/fatal.js';
import { loadConfig } from './platform/config/config.js';
import { createLogger } from './platform/observability/logger.js';
import { startTracing } from './platform/observability/tracing-sdk.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, undefined, {
    repeatIntervalMs: config.LOG_REPEAT_INTERVAL_MS,
  });
  // Tracing starts before the application's modules load, so that `pg` is instrumented.
  const tracing = startTracing(config, { hookEsm: true });
  const { createApp } = await import('./app/create-app.js');
  const app = await createApp({ config, logger });
  await app.listen({ port: config.PORT, host: config.HOST });
  // Graceful stop: stop accepting, finish in-flight requests, close pools, then the embedded database
  // (which runs in a session of its own, so a Ctrl-C reaches it only through this). A second signal
  // exits at once; the embedded database's watchdog then stops it.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    logger.info({ signal }, 'stopping');
    app
      .close()
      .then(() => tracing?.shutdown())
      .then(() => process.exit(0), exitOnFatal('Emporium failed to stop cleanly'));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Started by a launcher with an IPC channel (npm run start:split): it ends with the launcher,
  // even a killed one, whose end closes the channel.
  process.once('disconnect', () => stop('SIGTERM'));
  logger.info(
    {
      url: `http://localhost:${config.PORT}`,
      docs: `http://localhost:${config.PORT}/docs`,
      tracing: tracing ? config.OTEL_EXPORTER_OTLP_ENDPOINT : 'off',
    },
    'Emporium is serving',
  );
}

main().catch(exitOnFatal('Emporium failed to start'));
