import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test cluster's superuser URL for one database (started by global-setup.mjs). */
export function clusterUrl(database = 'postgres'): string {
  const base = process.env.EMPORIUM_TEST_PG;
  if (!base) throw new Error('EMPORIUM_TEST_PG is not set: run the tests through jest');
  return `${base}/${database}`;
}

/** Creates an empty database of its own for one test file and returns its superuser URL. */
export async function createTestDatabase(): Promise<{
  url: string;
  name: string;
  drop: () => Promise<void>;
}> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return {
    name,
    url: clusterUrl(name),
    drop: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

export async function adminQuery(sql: string, params: unknown[] = [], database = 'postgres') {
  const client = new pg.Client({ connectionString: clusterUrl(database) });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
