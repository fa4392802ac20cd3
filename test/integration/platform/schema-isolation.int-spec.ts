import pg from 'pg';
import {
  contextRole,
  contextRolePassword,
  provisionContext,
} from '../../../src/platform/persistence/provisioning.js';
import { createTestDatabase } from '../../support/database.js';

const SECRET = 'isolation-test-secret-0123456789';

/** Connects as a context's own role, exactly as the app does. */
async function connectAs(context: string, databaseUrl: string): Promise<pg.Client> {
  const url = new URL(databaseUrl);
  url.username = contextRole(context);
  url.password = contextRolePassword(SECRET, context);
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

describe('a context’s database role (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let catalog: pg.Client;
  let ordering: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    await provisionContext(database.url, 'catalog', contextRolePassword(SECRET, 'catalog'));
    await provisionContext(database.url, 'ordering', contextRolePassword(SECRET, 'ordering'));
    catalog = await connectAs('catalog', database.url);
    ordering = await connectAs('ordering', database.url);
    await ordering.query('create table ordering.orders (id int primary key)');
    await ordering.query('insert into ordering.orders values (1)');
  });

  afterAll(async () => {
    await catalog?.end();
    await ordering?.end();
    await database?.drop();
  });

  it('works freely in its own schema', async () => {
    await catalog.query('create table catalog.things (id int)');
    await catalog.query('insert into catalog.things values (1)');
    const { rows } = await catalog.query('select count(*)::int as n from catalog.things');
    expect(rows[0].n).toBe(1);
  });

  it('is refused by PostgreSQL when it reads another context’s schema', async () => {
    await expect(catalog.query('select * from ordering.orders')).rejects.toMatchObject({
      code: '42501',
      message: 'permission denied for schema ordering',
    });
  });

  it('is refused when it writes into another context’s schema', async () => {
    await expect(catalog.query('insert into ordering.orders values (2)')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(catalog.query('create table ordering.sneaky (id int)')).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('cannot create objects in public, create schemas, or act as another role', async () => {
    await expect(catalog.query('create table public.sneaky (id int)')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(catalog.query('create schema sneaky')).rejects.toMatchObject({ code: '42501' });
    await expect(catalog.query(`set role ${contextRole('ordering')}`)).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('provisioning is idempotent and safe to run concurrently', async () => {
    await Promise.all(
      Array.from({ length: 4 }, () =>
        provisionContext(database.url, 'catalog', contextRolePassword(SECRET, 'catalog')),
      ),
    );
    const { rows } = await catalog.query('select count(*)::int as n from catalog.things');
    expect(rows[0].n).toBe(1);
  });
});
