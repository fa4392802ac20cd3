import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { aProduct } from '../builders/product.builder.js';
import { freePort } from '../support/system.js';

const ROOT = resolve(import.meta.dirname, '../..');

async function waitForReady(
  base: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the shop exited early:\n${output()}`);
    try {
      const response = await fetch(`${base}/health/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the shop never became ready:\n${output()}`);
}

/** What `npm start` does, on a fresh data folder: embedded PostgreSQL, migrations, HTTP. */
describe('starting the shop with no DATABASE_URL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'emporium-start-'));
  chmodSync(dataDir, 0o755);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start() {
    const [port, dbPort] = [await freePort(), await freePort()];
    let output = '';
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(dbPort),
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: ROOT,
      env: {
        ...env,
        EMBEDDED_DB_DIR: join(dataDir, 'pg'),
        LOG_LEVEL: 'info',
        ADMIN_EMAIL: 'owner@example.com',
        ADMIN_PASSWORD: 'owner-password-1234',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    await waitForReady(base, child, () => output);
    const stop = async () => {
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((done) => child.once('exit', done));
      return { code, output };
    };
    return { base, stop };
  }

  it('starts embedded PostgreSQL, applies migrations, serves, stops cleanly and keeps its data', async () => {
    const first = await start();
    const login = await fetch(`${first.base}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.com', password: 'owner-password-1234' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await fetch(`${first.base}/api/products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(aProduct().withSku('START-1').request()),
    });
    expect(created.status).toBe(201);
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.output).toContain('migrations applied');
    expect(stopped.output).not.toContain('"level":"error"');

    const second = await start();
    const read = await fetch(`${second.base}/api/products/START-1`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { sku: string }).sku).toBe('START-1');
    expect((await second.stop()).code).toBe(0);
  }, 120_000);

  it('refuses a bad setting with one line naming it', () => {
    let stderr = '';
    try {
      execFileSync(process.execPath, ['dist/src/main.js'], {
        cwd: ROOT,
        env: { ...process.env, PORT: 'eighty' },
        stdio: 'pipe',
      });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr.trim()).toBe(
      'Invalid configuration: PORT must be a port number 1-65535 (got "eighty")',
    );
  });
});
