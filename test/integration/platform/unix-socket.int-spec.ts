import { startTestApp } from '../../support/app.js';
import { http } from '../../support/http.js';
import { TestCluster } from '../../support/postgres-cluster.js';

/**
 * A DATABASE_URL may name a Unix socket's folder (`?host=/var/run/postgresql`, as libpq
 * reads it): every connection of the shop then goes through that socket, none over TCP.
 */
describe('a shop whose database URL names a Unix socket', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start();
    await cluster.sql('create database shop');
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  it('connects every context through the socket', async () => {
    const shop = await startTestApp({
      databaseUrl: `${cluster.url('shop')}?host=${encodeURIComponent(cluster.dir)}`,
      contexts: 'customers',
    });
    try {
      const registered = await http(shop.app).post('/api/customers', {
        email: 'socket@example.com',
        name: 'Unix Socket',
        password: 'a-long-enough-password',
      });
      expect(registered.status).toBe(201);
      const sessions = await cluster.sql<{ client_addr: string | null }>(
        `select client_addr from pg_stat_activity where usename = 'emporium_customers'`,
      );
      expect(sessions.length).toBeGreaterThan(0);
      expect(sessions.filter((session) => session.client_addr !== null)).toEqual([]);
    } finally {
      await shop.close();
    }
  });
});
