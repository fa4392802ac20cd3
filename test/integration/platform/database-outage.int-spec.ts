import { startTestApp, type TestApp } from '../../support/app.js';
import { eventually } from '../../support/context-database.js';
import { http } from '../../support/http.js';
import { TestCluster } from '../../support/postgres-cluster.js';

/**
 * The shop on a real server of its own (DATABASE_URL) that stalls (SIGSTOP),
 * dies (SIGKILL) and restarts while clients keep registering: every request
 * gets an answer — a 201 or a 503 with Retry-After, never a 500, never a
 * hang — `/health/ready` says "unavailable" in time, the shop recovers with
 * no manual step, every acknowledged registration is kept and its event
 * reaches the consuming context.
 */
describe('a database that stalls, dies and restarts under load', () => {
  let cluster: TestCluster;
  let shop: TestApp;
  const logLines: string[] = [];
  const acknowledged: string[] = [];
  const statuses: number[] = [];

  beforeAll(async () => {
    cluster = await TestCluster.start();
    await cluster.sql('create database shop');
    shop = await startTestApp({
      databaseUrl: cluster.url('shop'),
      contexts: 'customers,ordering,shipping',
      logLines,
      env: {
        DATABASE_STATEMENT_TIMEOUT_MS: '1000',
        DATABASE_ACQUIRE_TIMEOUT_MS: '500',
        HEALTH_TIMEOUT_MS: '300',
        // One interval for the whole file: each cause may be written once.
        LOG_REPEAT_INTERVAL_MS: '600000',
        MESSAGING_POLL_MS: '200',
      },
    });
  }, 90_000);

  afterAll(async () => {
    await shop?.close();
    await cluster?.stop();
  }, 60_000);

  const api = () => http(shop.app);
  let registrations = 0;

  async function register(): Promise<number> {
    const response = await api().post('/api/customers', {
      email: `outage-${++registrations}-${Date.now()}@example.com`,
      name: 'Grace Hopper',
      password: 'a-long-enough-password',
    });
    statuses.push(response.status);
    if (response.status === 201) acknowledged.push(response.body.id as string);
    if (response.status === 503) {
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.code).toBe('DATABASE.UNAVAILABLE');
    } else if (response.status !== 201) {
      throw new Error(`unexpected answer ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.status;
  }

  /** Four clients registering back to back until `fault` is over and the shop is ready again. */
  async function underLoad(fault: () => Promise<void>): Promise<void> {
    let running = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (running) await register();
    });
    try {
      await eventually(async () => acknowledged.length > 0, 'a first registration');
      await fault();
      await eventually(async () => (await api().get('/health/ready')).status === 200, 'ready');
      const before = acknowledged.length;
      await eventually(async () => acknowledged.length > before, 'registrations after recovery');
    } finally {
      running = false;
      await Promise.all(clients);
    }
  }

  it('answers 503 while the database is stopped, says so on /health/ready, and recovers', async () => {
    await underLoad(async () => {
      cluster.stall();
      try {
        // Both are answered while the server is still frozen: nothing waits for it to wake up.
        expect(await register()).toBe(503);
        const ready = await api().get('/health/ready');
        expect(ready.status).toBe(503);
        expect(ready.body.status).toBe('unavailable');
        expect(await register()).toBe(503);
      } finally {
        cluster.resume();
      }
    });
  }, 60_000);

  it('answers 503 while the server is dead and recovers when it is back', async () => {
    await underLoad(async () => {
      await cluster.kill();
      expect(await register()).toBe(503);
      expect((await api().get('/health/ready')).status).toBe(503);
      await cluster.start();
    });
  }, 60_000);

  it('rides through a clean restart of the server', async () => {
    await underLoad(() => cluster.restart());
  }, 60_000);

  it('lost no acknowledged registration, and their events reached ordering', async () => {
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(2);
    expect(new Set(statuses)).toEqual(new Set([201, 503]));
    const kept = await cluster.sql<{ n: number }>(
      'select count(*)::int as n from customers.customers where id = any($1::uuid[])',
      [acknowledged],
      'shop',
    );
    expect(kept[0]!.n).toBe(acknowledged.length);
    await eventually(async () => {
      const buyers = await cluster.sql<{ n: number }>(
        'select count(*)::int as n from ordering.buyers where customer_id = any($1::uuid[])',
        [acknowledged],
        'shop',
      );
      return buyers[0]!.n === acknowledged.length;
    }, 'every registered customer known to ordering');
  }, 30_000);

  it('logged each cause of the outage once per interval, not once per failure', () => {
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.filter((entry) => entry.msg === 'request failed unexpectedly')).toEqual([]);
    const refused = entries.filter((entry) => String(entry.msg).startsWith('database unavailable'));
    expect(refused.length).toBeGreaterThan(0);
    // At most one line per cause (timeout, unreachable, unavailable) in the one interval.
    const perMessage = new Map<string, number>();
    for (const entry of entries.filter((e) => e.outage)) {
      perMessage.set(String(entry.msg), (perMessage.get(String(entry.msg)) ?? 0) + 1);
    }
    for (const [msg, count] of perMessage) expect([msg, count <= 3]).toEqual([msg, true]);
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(refused.length);
  });
});
