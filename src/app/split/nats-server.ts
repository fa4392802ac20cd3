import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Watchdog, watchOver } from '../../platform/persistence/watchdog.js';
import { freePort } from './free-port.js';

/** A local nats-server with JetStream, on a port and store folder of its own. */
export interface NatsServer {
  readonly url: string;
  readonly port: number;
  /** The pid of its current run (undefined while stopped). */
  readonly pid: number | undefined;
  /** Stops the server (SIGTERM); its store stays, so `start` brings the same streams back. */
  stop(): Promise<void>;
  /** Starts it again on the same port and store. */
  start(): Promise<void>;
  /** Stops it and deletes its store, unless the store was given. */
  dispose(): Promise<void>;
}

export interface NatsServerOptions {
  /** Without JetStream, to prove what the shop says then (default: with). */
  readonly jetstream?: boolean;
  /** The store folder; default a temporary one, deleted by `dispose`. */
  readonly storeDir?: string;
  /** Each line the server writes. */
  readonly onLine?: (line: string) => void;
  /** Its own process group: a terminal's Ctrl-C then reaches only whoever stops it. */
  readonly detached?: boolean;
}

/** nats-server could not be started: it is not on the PATH. */
export class NatsServerMissingError extends Error {
  static readonly HOW_TO_INSTALL = 'Debian or Ubuntu: apt-get install -y nats-server';

  constructor(cause: Error) {
    super(
      `nats-server is not on the PATH (${NatsServerMissingError.HOW_TO_INSTALL}): ${cause.message}`,
    );
    this.name = 'NatsServerMissingError';
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
      .once('connect', () => {
        socket.destroy();
        resolve(true);
      })
      .once('error', () => resolve(false));
  });
}

/** Starts `nats-server -js` on a free port of 127.0.0.1 (it must be on the PATH). */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  const store = options.storeDir ?? (await mkdtemp(join(tmpdir(), 'emporium-nats-')));
  const port = await freePort();
  let child: ChildProcess | undefined;
  // Stops the server (and removes a store of its own) if this process dies without stopping it.
  let watchdog: Watchdog | undefined;
  let output = '';

  const start = async () => {
    output = '';
    const jetstream = options.jetstream === false ? [] : ['-js', '-sd', store];
    const proc = spawn('nats-server', [...jetstream, '-a', '127.0.0.1', '-p', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.detached,
    });
    child = proc;
    watchdog?.disarm();
    if (proc.pid !== undefined)
      watchdog = watchOver(proc.pid, options.storeDir ? undefined : store);
    for (const stream of [proc.stdout, proc.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        for (const line of chunk.toString().split('\n').filter(Boolean)) options.onLine?.(line);
      });
    }
    await new Promise<void>((resolve, reject) => {
      proc.once('spawn', resolve);
      proc.once('error', reject);
    }).catch((error: Error) => {
      throw new NatsServerMissingError(error);
    });
    const deadline = Date.now() + 10_000;
    while (!(await accepts(port))) {
      if (proc.exitCode !== null || Date.now() > deadline)
        throw new Error(`nats-server did not come up on port ${port}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    const proc = child;
    child = undefined;
    watchdog?.disarm();
    watchdog = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    await exited;
  };

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    get pid() {
      return child?.pid;
    },
    start,
    stop,
    dispose: async () => {
      await stop();
      if (!options.storeDir) await rm(store, { recursive: true, force: true });
    },
  };
}
