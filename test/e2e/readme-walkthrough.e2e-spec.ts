import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readmeWalkthrough, runWalkthroughAgainst } from '../support/walkthrough.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The README's walkthrough, run as written against a freshly started shop. */
describe('the README walkthrough', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'emporium-walkthrough-'));
  chmodSync(dataDir, 0o755);
  let shop: ChildProcess | undefined;
  let output = '';
  const port = 20000 + Math.floor(Math.random() * 10000);

  afterAll(async () => {
    if (shop && shop.exitCode === null) {
      shop.kill('SIGTERM');
      await new Promise((done) => shop!.once('exit', done));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes an order from sign-in to delivery with the documented totals', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...readmeWalkthrough().admin,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(port + 1),
      EMBEDDED_DB_DIR: join(dataDir, 'pg'),
    };
    delete env.DATABASE_URL;
    shop = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    shop.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    shop.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let ready = false; !ready;) {
      if (shop.exitCode !== null) throw new Error(output);
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((done) => setTimeout(done, 200));
    }
    runWalkthroughAgainst(`http://127.0.0.1:${port}`);
  }, 120_000);
});
