import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SPLIT_LAYOUTS } from '../../src/app/split/layouts.js';
import { planSplit } from '../../src/app/split/plan.js';
import { startTestApp } from '../support/app.js';
import { createTestDatabase } from '../support/database.js';
import { waitFor } from '../support/shop-process.js';
import { freePort, isRunning } from '../support/system.js';
import { type NatsServer, startNatsServer } from '../support/nats-server.js';
import { startSplit, type TestSplit } from '../support/split.js';

const QUOTE = {
  destinationCountry: 'US',
  weightGrams: 7000,
  merchandiseTotal: { amount: 6610, currency: 'USD' },
};

const ROOT = resolve(import.meta.dirname, '../..');

/** The launcher the topology suites and fault tests stand on: real processes, killed and brought back. */
describe('a split topology launched as processes of the built shop', () => {
  let nats: NatsServer;
  let split: TestSplit;

  beforeAll(async () => {
    nats = await startNatsServer();
    split = await startSplit('shipping-apart', { natsUrl: nats.url });
  }, 90_000);
  afterAll(async () => {
    await split?.close();
    await nats?.dispose();
  });

  const quote = () =>
    fetch(`${split.base}/api/shipping/quotes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(QUOTE),
    });

  it('runs each process on its own database, answering at one base URL', async () => {
    expect(split.processes.map((process) => process.name)).toEqual([
      'catalog+customers+inventory+ordering+payments+recommendations',
      'shipping',
    ]);
    expect(split.base).toBe(split.processes[0]!.url);
    const answered = await quote();
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ cost: { amount: 1099 } });
    // Shipping's tables are in its process's database only.
    const shippingTables = `select count(*)::int as n from pg_tables where schemaname = 'shipping'`;
    expect((await split.sql('shipping', shippingTables))[0].n).toBeGreaterThan(0);
    expect((await split.sql('ordering', shippingTables))[0].n).toBe(0);
  });

  it('brings a SIGKILLed process back on the same port and database', async () => {
    const shipping = split.hosting('shipping');
    const before = shipping.pid!;
    await shipping.kill('SIGKILL');
    expect(shipping.pid).toBeUndefined();
    const away = await quote();
    expect(away.status).toBe(503);
    expect(((await away.json()) as { code: string }).code).toBe('TOPOLOGY.CONTEXT_UNAVAILABLE');

    await shipping.start();
    expect(shipping.pid).not.toBe(before);
    expect(shipping.url).toBe(split.processes[1]!.url);
    expect((await quote()).status).toBe(200);
    // The same database: migrations found applied, not a fresh one.
    const migrations = await split.sql(
      'shipping',
      'select count(*)::int as n from shipping.schema_migrations',
    );
    expect(migrations[0].n).toBeGreaterThan(0);
    expect(shipping.output()).toContain('"msg":"Emporium is serving"');
  }, 90_000);

  it('refuses to start a process whose context’s producers can send it nothing, in one line', () => {
    const start = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['dist/src/main.js'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere',
          DATABASE_ROLE_SECRET: 'role-secret-0123456789',
          AUTH_JWT_SECRET: 'a-deployment-key-0123456789-0123456789',
          ...env,
        },
      });
    // The settings of the shipping process above, less the broker.
    const { NATS_URL: _broker, ...withoutBroker } = split.plan.processes[1]!.env;
    const refused = start(withoutBroker);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'Invalid configuration: NATS_URL must be set (or ordering hosted here in CONTEXTS): ' +
        'shipping consumes ordering.OrderCancelled.v1 (CancelShipmentOnOrderCancelled) (it is not set)\n',
    );
  });

  it('starts that context where a broker can bring the events', async () => {
    const shipping = await startTestApp({
      contexts: 'shipping',
      standInProducers: false,
      env: { NATS_URL: nats.url },
    });
    await shipping.close();
    await expect(startTestApp({ contexts: 'shipping', standInProducers: false })).rejects.toThrow(
      'Invalid configuration: NATS_URL must be set (or ordering hosted here in CONTEXTS)',
    );
  });

  it('stops the processes of a launcher that was killed', async () => {
    const database = await createTestDatabase();
    const plan = planSplit(SPLIT_LAYOUTS.one, {
      ports: [await freePort()],
      databases: [{ server: { url: database.url, roleSecret: 'test-role-secret-0123456789' } }],
      jwtSecret: 'a-deployment-key-0123456789-0123456789',
    });
    // A launcher of its own, in a process the test can SIGKILL.
    const launcher = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { launchSplit } from './dist/src/app/split/launcher.js';
         const split = await launchSplit(${JSON.stringify(plan)}, { entry: 'dist/src/main.js' });
         console.log(JSON.stringify(split.processes.map((p) => p.pid)));`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const [pid] = await new Promise<number[]>((done) =>
        launcher.stdout.once('data', (chunk: Buffer) => done(JSON.parse(chunk.toString()))),
      );
      expect(isRunning(pid!)).toBe(true);
      launcher.kill('SIGKILL');
      await waitFor(() => !isRunning(pid!), 'the orphaned process to stop');
    } finally {
      launcher.kill('SIGKILL');
      await database.drop();
    }
  }, 90_000);
});
