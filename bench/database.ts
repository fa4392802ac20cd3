import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { importWithoutSignalHandlers } from '../src/platform/persistence/embedded-postgres.js';
import { type Watchdog, watchOver } from '../src/platform/persistence/watchdog.js';
import { parentPid } from './proc.js';

/** The PostgreSQL server of one bench run, with a fresh database of its own on it. */
export interface BenchDatabase {
  /** Superuser URL of the bench's own database. */
  readonly url: string;
  readonly embedded: boolean;
  /** The postmaster's pid when the server runs on this machine and /proc shows it. */
  readonly postmasterPid: number | null;
  /** One superuser connection for the bench's own queries. */
  readonly sql: pg.Pool;
  readonly version: string;
  readonly settings: Record<string, string>;
  close(): Promise<void>;
}

/** Below Linux's ephemeral port range, where a port may be held by an outgoing connection. */
export async function freePort(from = 20000, to = 32000): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = from + Math.floor(Math.random() * (to - from));
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port');
}

async function startEmbedded(
  statements: boolean,
): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'emporium-bench-pg-'));
  // As root PostgreSQL runs as the postgres user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(18).toString('base64url');
  const log: string[] = [];
  // Without its SIGINT/SIGTERM handlers: the bench stops its children first, the server last.
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // As `npm start` runs it (fsync on), with room for the shop's pools, its LISTEN connections and the raw pool.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      ...(statements
        ? [
            '-c',
            'shared_preload_libraries=pg_stat_statements',
            '-c',
            'pg_stat_statements.track_planning=on',
          ]
        : []),
    ],
    onLog: (message) => void log.push(String(message).trim()),
    onError: (message) => void log.push(String(message).trim()),
  });
  let watchdog: Watchdog | undefined;
  const stop = async () => {
    watchdog?.disarm();
    await server.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
    // A bench killed outright (SIGKILL) cannot stop its server: the watchdog does, and
    // removes the folder, as the shop's own does for `npm start`.
    const pidFile = await readFile(join(dir, 'data', 'postmaster.pid'), 'utf8');
    watchdog = watchOver(Number(pidFile.split('\n')[0]), dir);
  } catch (error) {
    await stop();
    throw new Error(
      `embedded PostgreSQL did not start: ${log.slice(-5).join(' | ') || String(error)}`,
      { cause: error },
    );
  }
  return { adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
}

async function adminQuery(url: string, query: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/**
 * Starts an embedded PostgreSQL in a temporary folder (or uses the server of
 * `databaseUrl`) and creates a fresh database for the run, dropped at the end.
 */
export async function openBenchDatabase(
  databaseUrl: string | undefined,
  statements = false,
): Promise<BenchDatabase> {
  const server = databaseUrl
    ? { adminUrl: databaseUrl, stop: async () => {} }
    : await startEmbedded(statements);
  const name = `emporium_bench_${randomBytes(4).toString('hex')}`;
  try {
    await adminQuery(server.adminUrl, `create database ${name}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  const sql = new pg.Pool({ connectionString: url.toString(), max: 3 });
  // An idle client ended by the server at exit is no fault of the bench (see bench/topology.ts).
  sql.on('error', () => undefined);
  const close = async () => {
    await sql.end().catch(() => undefined);
    await adminQuery(server.adminUrl, `drop database if exists ${name} with (force)`).catch(
      () => undefined,
    );
    await server.stop();
  };
  try {
    const { rows } = await sql.query<{ version: string; pid: number }>(
      'select version() as version, pg_backend_pid() as pid',
    );
    const settings: Record<string, string> = {};
    for (const setting of [
      'server_version',
      'fsync',
      'synchronous_commit',
      'shared_buffers',
      'max_connections',
      'wal_level',
    ]) {
      const result = await sql.query<Record<string, string>>(`show ${setting}`);
      settings[setting] = Object.values(result.rows[0]!)[0]!;
    }
    if (statements) {
      // Needs the library preloaded (the embedded server does it); elsewhere it may fail: then no statements.
      await sql.query('create extension if not exists pg_stat_statements').catch(() => undefined);
    }
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    return {
      url: url.toString(),
      embedded: !databaseUrl,
      postmasterPid: local ? parentPid(rows[0]!.pid) : null,
      sql,
      version: rows[0]!.version,
      settings,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
