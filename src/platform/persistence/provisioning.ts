import { createHmac } from 'node:crypto';
import pg from 'pg';

/** Database role of a context: it owns the context's schema and nothing else. */
export const contextRole = (context: string): string => `emporium_${context}`;

/** The role's password, derived so that no per-context secret has to be stored. */
export const contextRolePassword = (secret: string, context: string): string =>
  createHmac('sha256', secret).update(`emporium-role:${context}`).digest('base64url');

const IDENTIFIER = /^[a-z][a-z0-9_]{0,40}$/;

/** What a context role must be; each attribute with its `pg_roles` column. */
const ATTRIBUTES = [
  ['login', 'rolcanlogin', true],
  ['superuser', 'rolsuper', false],
  ['createdb', 'rolcreatedb', false],
  ['createrole', 'rolcreaterole', false],
  ['inherit', 'rolinherit', false],
  ['replication', 'rolreplication', false],
  ['bypassrls', 'rolbypassrls', false],
] as const;

type RoleRow = Record<(typeof ATTRIBUTES)[number][1], boolean>;

/**
 * Creates (or brings up to date) a context's role and schema, connected as a
 * user that may create roles. Idempotent: runs at every start.
 *
 * The role can log in, owns its schema, and gets no other privilege: it cannot
 * read or create anything in another context's schema or in `public`.
 *
 * The admin needs no more than CREATEROLE and CREATE on the database
 * (docs/database.md), on PostgreSQL 15 to 18: only the role attributes that
 * differ from these are altered (a non-superuser may not even restate
 * NOSUPERUSER), and the admin makes itself a member of the role, without
 * inheriting its privileges where the server can say so (16+), because
 * creating a schema for a role requires being able to become it.
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
    const { rows } = await client.query<{ db: string; version: number; superuser: boolean }>(
      `select current_database() as db, current_setting('server_version_num')::int as version,
              (select rolsuper from pg_roles where rolname = current_user) as superuser`,
    );
    const { db, version, superuser } = rows[0]!;
    await retryOnConcurrentCatalogUpdate(() =>
      client.query(`
        do $$ begin
          create role ${role} login noinherit;
        exception when duplicate_object or unique_violation then null;
        end $$`),
    );
    await retryOnConcurrentCatalogUpdate(() => alignRole(client, role, password));
    if (!superuser) await retryOnConcurrentCatalogUpdate(() => becomeAble(client, role, version));
    await retryOnConcurrentCatalogUpdate(async () => {
      await client.query(`create schema if not exists ${context} authorization ${role}`);
      const owner = await client.query(
        `select 1 from pg_namespace where nspname = $1 and nspowner = $2::regrole`,
        [context, role],
      );
      if (owner.rowCount === 0) await client.query(`alter schema ${context} owner to ${role}`);
      // As the owner itself: the admin need not hold the owner's privileges.
      await client.query(`set role ${role}`);
      try {
        await client.query(`revoke all on schema ${context} from public`);
      } finally {
        await client.query('reset role');
      }
    });
    await allowConnect(client, role, db);
  } finally {
    await client.end();
  }
}

/** Sets the role's password, and those of its attributes that are not as they must be. */
async function alignRole(client: pg.Client, role: string, password: string): Promise<void> {
  const current = (await client.query<RoleRow>('select * from pg_roles where rolname = $1', [role]))
    .rows[0]!;
  const changes = ATTRIBUTES.filter(([, column, wanted]) => current[column] !== wanted).map(
    ([name, , wanted]) => (wanted ? name : `no${name}`),
  );
  try {
    await client.query(
      `alter role ${role} with ${changes.join(' ')} password ${client.escapeLiteral(password)}`,
    );
  } catch (error) {
    if (changes.length === 0) throw error;
    throw new Error(
      `role ${role} must be changed (${changes.join(', ')}) and DATABASE_URL's user may not: ` +
        `${(error as Error).message}; run "alter role ${role} ${changes.join(' ')}" as a superuser`,
      { cause: error },
    );
  }
}

/** Makes the (non-superuser) admin able to SET ROLE to the context role, needed to give it a schema. */
async function becomeAble(client: pg.Client, role: string, version: number): Promise<void> {
  const modern = version >= 160000;
  const able = await client.query<{ able: boolean }>(
    `select pg_has_role(current_user, $1, $2) as able`,
    [role, modern ? 'SET' : 'MEMBER'],
  );
  if (able.rows[0]!.able) return;
  await client.query(
    `grant ${role} to current_user${modern ? ' with inherit false, set true' : ''}`,
  );
}

/**
 * PUBLIC may connect to a database unless an operator revoked it (as
 * docs/database.md suggests); then the role is granted CONNECT, which takes
 * the database's owner or a user holding CONNECT WITH GRANT OPTION.
 */
async function allowConnect(client: pg.Client, role: string, database: string): Promise<void> {
  const canConnect = async () =>
    (
      await client.query<{ ok: boolean }>(
        `select has_database_privilege($1, current_database(), 'CONNECT') as ok`,
        [role],
      )
    ).rows[0]!.ok;
  if (await canConnect()) return;
  await client.query(`grant connect on database ${client.escapeIdentifier(database)} to ${role}`);
  if (await canConnect()) return;
  throw new Error(
    `role ${role} may not connect to database ${database}, and DATABASE_URL's user may not allow it: ` +
      `grant it CONNECT, or give that user CONNECT WITH GRANT OPTION (docs/database.md)`,
  );
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
