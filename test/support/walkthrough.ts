import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The README's walkthrough: its shell block, and the administrator its start command sets. */
export function readmeWalkthrough(): { script: string; admin: Record<string, string> } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- walkthrough:start -->\s*```sh\n([\s\S]*?)```\s*<!-- walkthrough:end -->/.exec(
    readme,
  )?.[1];
  const start = /```sh\n(ADMIN_EMAIL=\S+ ADMIN_PASSWORD=\S+) npm start\n```/.exec(readme)?.[1];
  if (!block || !start) throw new Error('README.md has no walkthrough block or start command');
  const admin = Object.fromEntries(start.split(' ').map((pair) => pair.split('='))) as Record<
    string,
    string
  >;
  return { script: block, admin };
}

/** Runs the walkthrough as written against a shop at `base`, and checks what it prints. */
export function runWalkthroughAgainst(base: string): void {
  const { script } = readmeWalkthrough();
  // --norc: bash started with no terminal may read /etc/bash.bashrc, which fails under -u.
  const run = spawnSync(
    'bash',
    [
      '--norc',
      '-euo',
      'pipefail',
      '-c',
      script.replace('BASE=http://localhost:3000', `BASE=${base}`),
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
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
}
