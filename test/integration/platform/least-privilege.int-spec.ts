import { startTestApp } from '../../support/app.js';
import { http } from '../../support/http.js';
import { TestCluster } from '../../support/postgres-cluster.js';

/**
 * The documented production setup (docs/database.md): DATABASE_URL's user
 * has CREATEROLE and rights on its database, but is no superuser. Runs on
 * the embedded PostgreSQL 18 and, with `npm run test:pg15`, on Debian's 15.
 */
describe('provisioning with a least-privileged DATABASE_URL user', () => {
  let cluster: TestCluster;
  const admin = () => cluster.url('shop', 'emporium_admin', 'admin-password-123');

  beforeAll(async () => {
    cluster = await TestCluster.start();
    await cluster.sql(`create role emporium_admin login createrole password 'admin-password-123'`);
    await cluster.sql('create database shop');
    // The hardening docs/database.md recommends: nobody connects unless granted.
    await cluster.sql('revoke all on database shop from public');
    await cluster.sql('grant connect on database shop to emporium_admin with grant option');
    await cluster.sql('grant create on database shop to emporium_admin');
  }, 60_000);

  afterAll(() => cluster?.stop(), 30_000);

  it('provisions, migrates and serves, with context roles that hold nothing more', async () => {
    const shop = await startTestApp({ databaseUrl: admin(), contexts: 'customers' });
    try {
      expect((await http(shop.app).get('/health/ready')).status).toBe(200);
      const registered = await http(shop.app).post('/api/customers', {
        email: 'least@example.com',
        name: 'Least Privilege',
        password: 'a-long-enough-password',
      });
      expect(registered.status).toBe(201);
    } finally {
      await shop.close();
    }
    // Provisioning again (a second start) changes nothing and fails nothing.
    const again = await startTestApp({ databaseUrl: admin(), contexts: 'customers' });
    await again.close();
    const [role] = await cluster.sql(
      `select rolsuper, rolcreatedb, rolcreaterole, rolinherit, rolreplication, rolbypassrls, rolcanlogin
       from pg_roles where rolname = 'emporium_customers'`,
    );
    expect(role).toEqual({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolinherit: false,
      rolreplication: false,
      rolbypassrls: false,
      rolcanlogin: true,
    });
  }, 60_000);

  it('stops with the statement a superuser must run when a context role has too much', async () => {
    // Only a superuser may take BYPASSRLS away (15), or a user that has it (16+).
    await cluster.sql(`create role emporium_catalog login noinherit bypassrls`);
    await expect(startTestApp({ databaseUrl: admin(), contexts: 'catalog' })).rejects.toThrow(
      /role emporium_catalog must be changed \(nobypassrls\).*"alter role emporium_catalog nobypassrls" as a superuser/,
    );
  }, 60_000);
});
