import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { type Watchdog, watchOver } from './watchdog.js';

export interface PostmasterOptions {
  /** The `postgres` executable. */
  readonly binary: string;
  readonly databaseDir: string;
  readonly port: number;
  readonly flags: readonly string[];
  /** The OS user to run as (PostgreSQL refuses root). */
  readonly user?: { readonly uid: number; readonly gid: number };
  readonly log: Logger;
}

const READY = 'database system is ready to accept connections';
/**
 * A clean stop, each step after the previous one's grace period: smart
 * shutdown (the pools are closed by then, but their last goodbyes may still
 * be on the way: a fast shutdown would cut those sessions off with a FATAL
 * each), fast shutdown, immediate shutdown, a kill.
 */
const STOPS = [
  ['SIGTERM', 5_000],
  ['SIGINT', 30_000],
  ['SIGQUIT', 10_000],
  ['SIGKILL', 10_000],
] as const;
const RESTART_DELAYS_MS = [250, 500, 1000, 2000, 5000, 10_000];

/**
 * The embedded PostgreSQL server as a child of this process, kept running:
 * - in a session of its own, so a Ctrl-C or a signal to the shop's process
 *   group does not stop it under the shop's graceful shutdown;
 * - watched by a watchdog that stops it if the shop dies without stopping it;
 * - restarted (with growing delays) whenever it exits unexpectedly: the shop
 *   is its only supervisor, and until it is back requests get 503s.
 */
export class Postmaster {
  private current?: { child: ChildProcess; exit: Promise<void>; watchdog?: Watchdog };
  private stopping = false;
  private restarting?: Promise<void>;
  /** The server's last log lines, for a failure's message. */
  private readonly tail: string[] = [];

  private constructor(private readonly options: PostmasterOptions) {}

  /** Starts the server; a first failure is retried twice (a dead predecessor's memory may linger). */
  static async start(options: PostmasterOptions): Promise<Postmaster> {
    const postmaster = new Postmaster(options);
    for (let attempt = 1; ; attempt++) {
      try {
        await postmaster.spawn();
        return postmaster;
      } catch (error) {
        if (attempt >= 3) throw error;
        await sleep(1000);
      }
    }
  }

  get pid(): number | undefined {
    return this.current?.child.pid;
  }

  get watchdogPid(): number | undefined {
    return this.current?.watchdog?.pid;
  }

  /** Stops the server for good (STOPS). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    const current = this.current;
    if (!current) return;
    current.watchdog?.disarm();
    for (const [signal, graceMs] of STOPS) {
      if (current.child.exitCode !== null || current.child.signalCode !== null) break;
      current.child.kill(signal);
      if (await within(current.exit, graceMs)) break;
    }
  }

  private spawn(): Promise<void> {
    const { binary, databaseDir, port, flags, user, log } = this.options;
    const child = spawn(binary, ['-D', databaseDir, '-p', String(port), ...flags], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      ...user,
    });
    const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return new Promise((resolve, reject) => {
      let ready = false;
      createInterface({ input: child.stderr }).on('line', (line) => {
        this.tail.push(line);
        if (this.tail.length > 20) this.tail.shift();
        log.debug({ postgres: line }, 'embedded PostgreSQL');
        if (ready || !line.includes(READY)) return;
        ready = true;
        this.current = { child, exit, watchdog: watchOver(child.pid!) };
        resolve();
      });
      child.on('error', (error) =>
        ready ? log.warn({ err: error }, 'embedded PostgreSQL') : reject(error),
      );
      child.once('exit', (code, signal) => {
        if (!ready) {
          reject(
            new Error(`PostgreSQL exited while starting: ${this.lastLines() || code || signal}`),
          );
          return;
        }
        this.current?.watchdog?.disarm();
        if (this.stopping) return;
        log.error(
          { pid: child.pid, code, signal, lastLines: this.lastLines() },
          'the embedded PostgreSQL exited unexpectedly; restarting it',
        );
        this.restarting = this.restart().finally(() => (this.restarting = undefined));
      });
    });
  }

  private async restart(): Promise<void> {
    for (let attempt = 0; !this.stopping; attempt++) {
      await sleep(RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]!);
      if (this.stopping) return;
      try {
        await this.spawn();
        this.options.log.warn(
          { pid: this.pid, attempt: attempt + 1 },
          'the embedded PostgreSQL is back',
        );
        return;
      } catch (error) {
        this.options.log.error(
          { err: error, attempt: attempt + 1 },
          'the embedded PostgreSQL did not restart; retrying',
        );
      }
    }
  }

  private lastLines(): string {
    return this.tail.slice(-5).join(' | ');
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Whether `promise` settles within `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
