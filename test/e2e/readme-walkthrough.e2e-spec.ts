import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block =
      /<!-- walkthrough:start -->\s*```sh\n([\s\S]*?)```\s*<!-- walkthrough:end -->/.exec(
        readme,
      )?.[1];
    expect(block).toBeDefined();
    const start = /```sh\n(ADMIN_EMAIL=\S+ ADMIN_PASSWORD=\S+) npm start\n```/.exec(readme)?.[1];
    expect(start).toBeDefined();
    const admin = Object.fromEntries(start!.split(' ').map((pair) => pair.split('=')));

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...admin,
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

    const script = block!.replace('BASE=http://localhost:3000', `BASE=http://127.0.0.1:${port}`);
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const outputs = run.stdout;
    expect(outputs).toContain('"status": "PAID"');
    const from = outputs.indexOf('{\n  "status"');
    const summary = JSON.parse(outputs.slice(from, outputs.indexOf('\n}\n', from) + 2));
    expect(summary.totals).toEqual({
      subtotal: { amount: 6748, currency: 'USD' },
      discount: { amount: 138, currency: 'USD' },
      shipping: { amount: 1099, currency: 'USD' },
      total: { amount: 7709, currency: 'USD' },
    });
    expect(outputs).toContain('"methodType": "card"');
    expect(outputs).toContain('{"sku":"TEA-001","onHand":15,"reserved":0,"available":15}');
    expect(outputs).toMatch(/"trackingNumber": "UPS[0-9A-F]{12}"/);
    const last = outputs.trim().split('\n').slice(-2);
    expect(last).toEqual([
      'PENDING → AWAITING_PAYMENT → PAID → SHIPPED → DELIVERED',
      '{"tier":"standard","lifetimeSpend":{"amount":7709,"currency":"USD"}}',
    ]);
  }, 120_000);
});
