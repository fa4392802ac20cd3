import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { contextRole, contextRolePassword } from '../../src/platform/persistence/provisioning.js';
import { startTestApp } from '../support/app.js';
import { http } from '../support/http.js';
import { TestCluster } from '../support/postgres-cluster.js';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/move-context.sh');
// Debian's PostgreSQL 15 (.ci/run installs it): a server and the pg_dump and psql of its version.
const PG_BIN = '/usr/lib/postgresql/15/bin';
const ROLE_SECRET = 'test-role-secret-0123456789'; // startTestApp's

const move = (args: string[], env: NodeJS.ProcessEnv = { PATH: process.env.PATH, PG_BIN }) =>
  promisify(execFile)('bash', [SCRIPT, ...args], { env }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

/** scripts/move-context.sh: one context's schema and data into a database of its own. */
describe('moving a context to its own database', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start(PG_BIN);
    await cluster.sql('create database source');
    await cluster.sql('create database target');
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('copies shipping’s schema whole; shipping then runs on the new database as its own role', async () => {
    const shop = await startTestApp({ databaseUrl: cluster.url('source'), contexts: 'shipping' });
    const orderId = randomUUID();
    await cluster.sql(
      `insert into shipping.shipments (id, order_id, customer_id, address, cost, status, timeline, created_at)
       values (gen_random_uuid(), $1, gen_random_uuid(), '{"recipient":"Ada Lovelace","line1":"1 Main St","line2":null,"city":"Springfield","region":"IL","postalCode":"62701","country":"US"}',
               '{"amount":499,"currency":"USD"}', 'PENDING', '[{"status":"PENDING","at":"2026-03-01T09:00:00.000Z"}]', now())`,
      [orderId],
      'source',
    );
    await shop.close();

    const moved = await move(['shipping', cluster.url('source'), cluster.url('target')]);
    expect(moved.stderr).toBe('');
    expect(moved.stdout).toMatch(/^moved shipping: \d+ tables, \d+ rows;/);

    // The shop on the new database only: shipping's own URL, as its own role, nothing provisioned.
    const own = new URL(cluster.url('target'));
    own.username = contextRole('shipping');
    own.password = contextRolePassword(ROLE_SECRET, 'shipping');
    const onTarget = await startTestApp({
      databaseUrl: cluster.url('postgres'),
      contexts: 'shipping',
      env: { SHIPPING_DATABASE_URL: own.toString() },
    });
    try {
      const admin = http(onTarget.app, { token: await onTarget.tokenFor('admin') });
      const found = await admin.get(`/api/shipments?orderId=${orderId}`);
      expect(found.body.items).toEqual([
        expect.objectContaining({
          orderId,
          status: 'PENDING',
          cost: { amount: 499, currency: 'USD' },
        }),
      ]);
      // Its role owns what was copied: it writes there too.
      const dispatched = await admin.post(`/api/shipments/${found.body.items[0].id}/dispatch`, {
        carrier: 'UPS',
      });
      expect(dispatched.body.status).toBe('DISPATCHED');
    } finally {
      await onTarget.close();
    }
  }, 60_000);

  it('refuses clearly: a target that has the schema, a source without it, missing tools', async () => {
    expect(await move(['shipping', cluster.url('source'), cluster.url('target')])).toMatchObject({
      code: 1,
      stderr:
        'move-context: the target database has a schema "shipping" already: drop it, or choose another database\n',
    });
    expect(await move(['catalog', cluster.url('source'), cluster.url('target')])).toMatchObject({
      code: 1,
      stderr: 'move-context: the source database has no schema "catalog"\n',
    });
    expect(await move(['shipping', cluster.url('source')])).toMatchObject({
      code: 1,
      stderr: 'move-context: usage: scripts/move-context.sh <context> <from-url> <to-url>\n',
    });
    expect(
      await move(['shipping', cluster.url('source'), cluster.url('target')], {
        PATH: '/usr/bin:/bin',
        PG_BIN: '/nonexistent',
      }),
    ).toMatchObject({
      code: 1,
      stderr:
        'move-context: pg_dump is needed (Debian or Ubuntu: apt-get install -y postgresql-client), or set PG_BIN to the folder that has it\n',
    });
  });
});
