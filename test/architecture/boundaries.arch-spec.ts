import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CRUISER = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** A small tree laid out like the real one, where every module obeys the rules. */
const LAWFUL_TREE: Record<string, string> = {
  'src/platform/domain/money.ts': 'export const money = 1;\n',
  'src/contexts/sales/domain/order.ts':
    "import { money } from '../../../platform/domain/money.js';\nexport const order = money;\n",
  'src/contexts/sales/contracts/index.ts': 'export const orderPlaced = "sales.OrderPlaced.v1";\n',
  'src/contexts/sales/infrastructure/sales.database.ts':
    "import { salesMigrations } from '../../../../migrations/sales/index.js';\nexport const db = salesMigrations;\n",
  'src/contexts/stock/domain/item.ts': 'export const item = 1;\n',
  'src/contexts/stock/application/on-order-placed.ts':
    "import { orderPlaced } from '../../sales/contracts/index.js';\nexport const handler = orderPlaced;\n",
  'src/platform/persistence/units.ts': 'export const units = 1;\n',
  'src/platform/messaging/outbox.ts':
    "import { units } from '../persistence/units.js';\nexport const outbox = units;\n",
  'src/platform/messaging/transport.ts': 'export const transport = 1;\n',
  'src/contexts/sales/application/sales.unit-of-work.ts':
    'export abstract class SalesUnitOfWork {}\n',
  'src/contexts/sales/application/place-order.ts':
    "import { SalesUnitOfWork } from './sales.unit-of-work.js';\nexport const placeOrder = SalesUnitOfWork;\n",
  'migrations/sales/index.ts': 'export const salesMigrations = [];\n',
  'migrations/stock/index.ts': 'export const stockMigrations = [];\n',
};

function cruise(changes: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'emporium-boundaries-'));
  try {
    const files = {
      ...LAWFUL_TREE,
      ...changes,
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true },
      }),
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const run = spawnSync(
      process.execPath,
      [CRUISER, 'src', 'migrations', '--config', CONFIG, '--output-type', 'err-long'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('module boundaries (dependency-cruiser)', () => {
  it('accepts a tree that follows every rule, including use of another context’s contracts', () => {
    const result = cruise({});
    expect(result.output).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });

  it.each<{ rule: string; change: Record<string, string> }>([
    {
      rule: 'context-only-through-contracts',
      change: {
        'src/contexts/stock/domain/item.ts':
          "import { order } from '../../sales/domain/order.js';\nexport const item = order;\n",
      },
    },
    {
      rule: 'domain-is-framework-free',
      change: {
        'src/contexts/sales/domain/order.ts':
          "import { Injectable } from '@nestjs/common';\nexport const order = Injectable;\n",
      },
    },
    {
      rule: 'domain-is-framework-free',
      change: {
        'src/contexts/sales/domain/order.ts':
          "import { defineEntity } from '@mikro-orm/core';\nexport const order = defineEntity;\n",
      },
    },
    {
      rule: 'domain-is-framework-free',
      change: {
        'src/contexts/sales/domain/order.ts':
          "import { db } from '../infrastructure/sales.database.js';\nexport const order = db;\n",
      },
    },
    {
      rule: 'application-uses-ports-not-infrastructure',
      change: {
        'src/contexts/sales/application/place-order.ts':
          "import { db } from '../infrastructure/sales.database.js';\nexport const placeOrder = db;\n",
      },
    },
    {
      rule: 'persistence-knows-no-messaging',
      change: {
        'src/platform/persistence/units.ts':
          "import { transport } from '../messaging/transport.js';\nexport const units = transport;\n",
      },
    },
    {
      rule: 'platform-imports-no-context',
      change: {
        'src/platform/domain/money.ts':
          "import { orderPlaced } from '../../contexts/sales/contracts/index.js';\nexport const money = orderPlaced;\n",
      },
    },
    {
      rule: 'migrations-belong-to-their-context',
      change: {
        'src/contexts/sales/application/place-order.ts':
          "import { salesMigrations } from '../../../../migrations/sales/index.js';\nexport const x = salesMigrations;\n",
      },
    },
    {
      rule: 'migrations-of-one-context-only',
      change: {
        'src/contexts/sales/infrastructure/sales.database.ts':
          "import { stockMigrations } from '../../../../migrations/stock/index.js';\nexport const db = stockMigrations;\n",
      },
    },
    {
      rule: 'no-cycles',
      change: {
        'src/contexts/sales/domain/a.ts':
          "import { b } from './b.js';\nexport const a = () => b;\n",
        'src/contexts/sales/domain/b.ts':
          "import { a } from './a.js';\nexport const b = () => a;\n",
      },
    },
  ])(
    'fails on a deliberate violation of $rule, naming the rule and what to do',
    ({ rule, change }) => {
      const result = cruise(change);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(rule);
      expect(result.output).toContain('Instead:');
    },
  );

  it('passes on the real source tree', () => {
    const run = spawnSync(
      process.execPath,
      [CRUISER, 'src', 'migrations', '--config', CONFIG, '--output-type', 'err-long'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.stdout).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });
});
