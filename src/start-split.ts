import './app/refuse-unsupported-node.js';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exitOnFatal } from './app/fatal.js';
import { type LaunchedSplit, launchSplit } from './app/split/launcher.js';
import { SPLIT_LAYOUTS } from './app/split/layouts.js';
import { localSplitPlan, splitDataDir, splitLayoutSetting } from './app/split/local-split.js';
import {
  type NatsServer,
  NatsServerMissingError,
  startNatsServer,
} from './app/split/nats-server.js';
import { ConfigError, loadConfig } from './platform/config/config.js';

/**
 * `npm run start:split`: the shop split across processes on this machine (SPLIT_LAYOUT,
 * default `three`), joined by a local nats-server, behind one base URL on PORT. Ctrl-C or
 * SIGTERM stops every process, then the broker.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const layout = splitLayoutSetting(process.env.SPLIT_LAYOUT);
  const processes = SPLIT_LAYOUTS[layout];
  const width = Math.max(4, ...processes.map((contexts) => contexts.join('+').length));
  const print = (tag: string, line: string) =>
    process.stdout.write(`${tag.padEnd(width)} | ${line}\n`);

  // What runs so far, for a signal that comes while the rest is still starting.
  const running: { nats?: NatsServer; split?: Promise<LaunchedSplit> } = {};
  let stopping: Promise<void> | undefined;
  let serving = false;
  const stop = (code: number) => {
    stopping ??= (async () => {
      await (await running.split?.catch(() => undefined))?.close();
      await running.nats?.stop();
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      print('split', `${signal}: stopping every process`);
      void stop(0);
    });
  }

  // Made here, open to all: as root, each embedded PostgreSQL runs as the postgres user,
  // which must reach its folder in it (nats-server would make it closed).
  const dataDir = splitDataDir(process.env, layout);
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // A broker given by NATS_URL is used as it is; otherwise one is started here.
  let natsUrl = config.NATS_URL;
  if (processes.length > 1 && !natsUrl) {
    running.nats = await startNatsServer({
      storeDir: join(dataDir, 'nats'),
      detached: true,
      onLine: (line) => print('nats', line),
    }).catch((error: Error) => {
      throw error instanceof NatsServerMissingError
        ? new ConfigError(
            'NATS_URL',
            `set when nats-server is not on the PATH (${NatsServerMissingError.HOW_TO_INSTALL}): ` +
              `the processes of SPLIT_LAYOUT=${layout} exchange events over NATS JetStream`,
            undefined,
          )
        : error;
    });
    natsUrl = running.nats.url;
  }
  const plan = localSplitPlan({
    layout,
    config,
    env: process.env,
    natsUrl,
    // One key for every process; like `npm start` on its embedded database, for this run only.
    jwtSecret: config.AUTH_JWT_SECRET ?? randomBytes(48).toString('base64url'),
  });
  running.split = launchSplit(plan, {
    entry: 'dist/src/main.js',
    // The memory caps of `npm start` (README, Memory), per process.
    nodeArgs: ['--max-semi-space-size=8', '--max-old-space-size=192'],
    detached: true,
    onLine: (planned, line) => print(planned.name, line),
    onCrash: (planned, code, signal) => {
      if (!serving) return; // a failed start fails the launch, which says why
      print('split', `${planned.name} exited (${signal ?? `code ${code}`}): stopping the others`);
      void stop(1);
    },
  });
  await running.split.catch(async (error: unknown) => {
    await running.nats?.stop();
    throw error;
  });
  serving = true;
  for (const planned of plan.processes) print('split', `${planned.name} on ${planned.url}`);
  print(
    'split',
    `Emporium (SPLIT_LAYOUT=${layout}) is serving on http://localhost:${config.PORT}` +
      (natsUrl ? `, events over ${natsUrl}` : ''),
  );
}

main().catch(exitOnFatal('Emporium (split) failed to start'));
