import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort, isRunning } from './system.js';

const ROOT = resolve(import.meta.dirname, '../..');
export const OWNER = { email: 'owner@example.com', password: 'owner-password-1234' };

/** `npm start` as a process of its own (the build global-setup made), on an embedded PostgreSQL. */
export interface ShopProcess {
  readonly base: string;
  readonly child: ChildProcess;
  /** Everything it wrote so far. */
  output(): string;
  /** Its JSON log lines so far. */
  logs(): Record<string, unknown>[];
  /** The pids its embedded PostgreSQL and that server's watchdog run as. */
  readonly postgresPid: number;
  readonly watchdogPid: number;
  exited(): Promise<number | null>;
  /** A bearer token of the owner (an administrator). */
  ownerToken(): Promise<string>;
}

export async function startShop(dataDir: string, dbPort: number): Promise<ShopProcess> {
  const port = await freePort();
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(port),
      EMBEDDED_DB_DIR: dataDir,
      EMBEDDED_DB_PORT: String(dbPort),
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: OWNER.email,
      ADMIN_PASSWORD: OWNER.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.once('exit', done));
  const base = `http://127.0.0.1:${port}`;
  const logs = () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`the shop exited early:\n${output}`);
    return (await fetch(`${base}/health/ready`).catch(() => undefined))?.status === 200;
  }, `the shop to be ready:\n${output}`);
  const running = logs().find((entry) => entry.msg === 'embedded PostgreSQL is running')!;
  return {
    base,
    child,
    output: () => output,
    logs,
    postgresPid: running.pid as number,
    watchdogPid: running.watchdogPid as number,
    exited: () => exit,
    ownerToken: async () => {
      const response = await fetch(`${base}/api/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(OWNER),
      });
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
  };
}

/** Polls `check` until it holds, for at most a minute. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export { freePort, isRunning };
