import { createHmac } from 'node:crypto';
import pg from 'pg';

/** Database role of a context: it owns the context's schema and nothing else. */
export const contextRole = (context: string): string => `emporium_${context}`;

/** The role's password, derived so that no per-context secret has to be stored. */
export const contextRolePassword = (secret: string, context: string): string =>
  createHmac('sha256', secret).update(`emporium-role:${context}`).digest('base64url');

const IDENTIFIER = /^[a-z][a-z0-9_]{0,40}$/;

/**
 * Creates (or brings up to date) a context's role and schema, connected as a
 * user that may create roles. Idempotent: runs at every start.
 *
 * The role can log in, owns its schema, and gets no other privilege: it cannot
 * read or create anything in another context's schema or in `public`.
 */
export async function provisionContext(
  adminUrl: string,
  context: string,
  password: string,
): Promise<void> {
  if (!IDENTIFIER.test(context)) throw new Error(`invalid context name "${context}"`);
  const role = contextRole(context);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>('select current_database() as db'))
      .rows[0]!.db;
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (exists.rowCount === 0) {
      await retryOnConcurrentCatalogUpdate(() =>
        client.query(`
          do $$ begin
            create role ${role} login;
          exception when duplicate_object or unique_violation then null;
          end $$`),
      );
    }
    await retryOnConcurrentCatalogUpdate(() =>
      client.query(
        `alter role ${role} with login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls password ${client.escapeLiteral(password)}`,
      ),
    );
    await retryOnConcurrentCatalogUpdate(async () => {
      await client.query(`create schema if not exists ${context} authorization ${role}`);
      await client.query(`alter schema ${context} owner to ${role}`);
      await client.query(`revoke all on schema ${context} from public`);
      await client.query(
        `grant connect on database ${client.escapeIdentifier(database)} to ${role}`,
      );
    });
  } finally {
    await client.end();
  }
}

/**
 * Two processes provisioning the same cluster at once (replicas starting
 * together, parallel test files) can collide on the system catalogs.
 */
async function retryOnConcurrentCatalogUpdate<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      const concurrent =
        message?.includes('tuple concurrently updated') ||
        code === '23505' ||
        code === '42710' ||
        code === '40001';
      if (!concurrent || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
