import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import type pg from 'pg';

/**
 * Runs one of the platform's own statements (outbox, inbox, relay, hot reads)
 * with bound parameters (`$1`, `$2`…) on `em`'s transaction, or on its pool
 * outside one. Through `preparedStatements` below it becomes a named prepared
 * statement of its connection: PostgreSQL parses it once per connection and,
 * after a few runs, stops planning it — where MikroORM's `execute` writes the
 * values into the SQL text, which PostgreSQL parses and plans on every call
 * (docs/performance.md).
 */
export async function runStatement<T extends object>(
  em: EntityManager,
  text: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const result = await em.getKysely().executeQuery<T>(CompiledQuery.raw(text, [...params]));
  return result.rows;
}

const names = new Map<string, string>();

/** A stable name per statement text: the same text always gets the same name. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `emporium_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Makes every query with parameters on the pool's connections a named
 * prepared statement. MikroORM sends its queries without parameters (their
 * values written into the text), so this touches only `runStatement`'s.
 */
export function preparedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [text, values] = args;
      return args.length === 2 &&
        typeof text === 'string' &&
        Array.isArray(values) &&
        values.length > 0
        ? query({ name: statementName(text), text, values })
        : query(...args);
    }) as typeof client.query;
  });
}
