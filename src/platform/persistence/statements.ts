import { createHash } from 'node:crypto';
import type {
  AnyEntity,
  Configuration,
  Dictionary,
  EntityData,
  LoggingOptions,
  QueryResult,
  RawQueryFragment,
  Transaction,
} from '@mikro-orm/core';
import { isRaw, JsonProperty, Utils } from '@mikro-orm/core';
import {
  type EntityManager,
  type MikroORM,
  NativeQueryBuilder,
  PostgreSqlConnection,
  PostgreSqlDriver,
} from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import { foldedBegin } from './folded-begin.js';

/**
 * Runs one of the platform's own statements (outbox, inbox, relay, hot reads)
 * with bound parameters (`$1`, `$2`…) on `em`'s transaction, or on its pool
 * outside one. Through `preparedStatements` below it becomes a named prepared
 * statement of its connection: PostgreSQL parses it once per connection and,
 * after a few runs, stops planning it — where MikroORM's `execute` writes the
 * values into the SQL text, which PostgreSQL parses and plans on every call
 * (docs/performance.md).
 */
export function runStatement<T extends object>(
  em: EntityManager,
  text: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  return run<T>(em.getKysely(), text, params);
}

/**
 * The same on the ORM's pool, outside any transaction, even inside a unit of
 * work: straight on a pooled `pg` client, which the hot reads use (through
 * the query builder each read made about 5.5 KB more garbage).
 */
export async function runOnPool<T extends object>(
  orm: MikroORM,
  text: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const pool = pools.get(orm)?.current;
  if (!pool) return run<T>(orm.em.getConnection().getClient(), text, params);
  const client = await pool.connect();
  try {
    const result = await client.query<T & pg.QueryResultRow>(text, [...params]);
    // Several statements in one text answer with one result each: the last one's rows, as through the query builder.
    return ((Array.isArray(result) ? result.at(-1) : result) as typeof result).rows ?? [];
  } finally {
    client.release();
  }
}

/** Connections of a context ORM's pool in use and callers waiting for one (metrics). */
export function poolUsage(orm: MikroORM): { inUse: number; waiting: number } {
  const pool = pools.get(orm)?.current;
  if (!pool) return { inUse: 0, waiting: 0 };
  return { inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };
}

/** Each context ORM's `pg` pool, for `runOnPool`. */
const pools = new WeakMap<MikroORM, { current?: pg.Pool }>();

/**
 * The pool hook of a context's ORM (MikroORM's `onPoolCreated`): names the
 * pool's statements unless `named` is false, and keeps the pool for
 * `runOnPool` once `attach` has tied it to the initialised ORM.
 */
export function contextPool(named: boolean) {
  const holder: { current?: pg.Pool } = {};
  return {
    onPoolCreated: (pool: pg.Pool): void => {
      holder.current = pool;
      foldedBegin(pool);
      if (named) preparedStatements(pool);
    },
    attach: (orm: MikroORM): MikroORM => {
      pools.set(orm, holder);
      return orm;
    },
  };
}

async function run<T>(executor: Kysely<unknown>, text: string, params: readonly unknown[]) {
  const result = await executor.executeQuery<T>(CompiledQuery.raw(text, [...params]));
  return result.rows;
}

const hashes = new Map<string, string>();
/**
 * Each named statement stays prepared on every connection that ran it, in
 * PostgreSQL's memory: past this many distinct texts (lists of varying
 * length make new ones), further texts run unnamed — bound, but planned.
 */
const MAX_NAMED = 500;
/**
 * Part of every name. A table whose columns change under a prepared
 * `select *` (a migration run by another process) makes PostgreSQL refuse the
 * statement ("cached plan must not change result type"); that error moves
 * every process-wide name to a new generation, so the next run of each
 * statement prepares it afresh on whatever connection it gets.
 */
let generation = 0;

/** A stable name per statement text and generation, or none past the cap. */
function statementName(text: string): string | undefined {
  let hash = hashes.get(text);
  if (!hash && hashes.size < MAX_NAMED) {
    hash = createHash('sha256').update(text).digest('hex').slice(0, 24);
    hashes.set(text, hash);
  }
  return hash && `emporium_${hash}_${generation}`;
}

/**
 * A named statement the server no longer runs as prepared: "cached plan must
 * not change result type" (0A000 raised while revalidating the cached plan;
 * the routine, not the message, which servers may translate), or one that
 * something dropped on the server (26000, after DISCARD or DEALLOCATE).
 */
const isStalePlan = (error: unknown): boolean => {
  const { code, routine } = error as { code?: string; routine?: string };
  return (code === '0A000' && routine === 'RevalidateCachedQuery') || code === '26000';
};

/**
 * Makes every query with parameters on the pool's connections a named
 * prepared statement: the platform's (`runStatement`) and the ORM's whose
 * values `PreparingPostgreSqlConnection` binds.
 */
export function preparedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [text, values] = args;
      const name =
        args.length === 2 && typeof text === 'string' && Array.isArray(values) && values.length > 0
          ? statementName(text)
          : undefined;
      if (!name) return query(...args);
      return (query({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
        if (isStalePlan(error) && name.endsWith(`_${generation}`)) generation++;
        throw error;
      });
    }) as typeof client.query;
  });
}

/**
 * The ORM's own statements with their parameters bound instead of written
 * into the SQL text, so they too are prepared by `preparedStatements`.
 * MikroORM's `execute` gets SQL with `?` placeholders and the values apart,
 * then formats one into the other; here, when `bindable` can pair them up,
 * the placeholders become `$1…` and the values travel as parameters. The
 * rest (identifiers `??`, lists, bytes, abort signals) takes MikroORM's own
 * path, unchanged.
 */
export class PreparingPostgreSqlConnection extends PostgreSqlConnection {
  override async execute<
    T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] =
      EntityData<AnyEntity>[],
  >(
    query: string | NativeQueryBuilder | RawQueryFragment,
    params: readonly unknown[] | Dictionary<unknown> = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    const [sql, values] = sqlAndValues(query, params);
    const bound =
      sql !== undefined && values !== undefined && !abortable(loggerContext)
        ? bindable(sql, values)
        : undefined;
    if (bound === undefined) return super.execute<T>(query, params, method, ctx, loggerContext);
    await this.ensureConnection();
    const executor = (ctx as Kysely<unknown> | undefined) ?? this.getClient();
    const result = await executor.executeQuery(CompiledQuery.raw(bound.text, bound.values));
    return this.transformRawResult<T>(result, method);
  }
}

/** The driver that uses `PreparingPostgreSqlConnection` (MikroORM's `driver` option). */
export class PreparingPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    // PostgreSqlDriver names its connection class itself; replace the instance it made (not yet connected).
    (this as unknown as { connection: PostgreSqlConnection }).connection =
      new PreparingPostgreSqlConnection(this.config);
  }
}

/** The SQL with `?` placeholders and the values of what MikroORM asks to run, as its `prepareQuery` reads them. */
function sqlAndValues(
  query: string | NativeQueryBuilder | RawQueryFragment,
  params: readonly unknown[] | Dictionary<unknown>,
): [string | undefined, readonly unknown[] | undefined] {
  const fragment = query instanceof NativeQueryBuilder ? query.toRaw() : query;
  if (isRaw(fragment)) return [fragment.sql, fragment.params];
  return typeof fragment === 'string' && Array.isArray(params)
    ? [fragment, params]
    : [undefined, undefined];
}

/** A query that may be cancelled keeps MikroORM's path, which knows how. */
const abortable = (context?: LoggingOptions): boolean => {
  const options = context as { signal?: unknown; inflightQueryAbortStrategy?: unknown } | undefined;
  return options?.signal != null || options?.inflightQueryAbortStrategy != null;
};

const isScalar = (value: unknown): boolean =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  typeof value === 'bigint' ||
  value instanceof Date;

/**
 * `sql` with `$1…` for its `?` placeholders and the values to bind to them,
 * or undefined when it must be formatted as MikroORM does. Values are bound
 * as MikroORM would have written them into the text: a raw fragment (such as
 * the `"version" + 1` of a versioned update) is spliced in with its own
 * values, a JSON value travels as its JSON text, a number typed as its
 * literal would be (`numberParameter`), any other scalar as itself.
 * Left to the ORM: no values, an identifier placeholder (`??`), an escaped
 * `\\?`, a list (`in (?)`), bytes, a `$` or a `;`, or placeholders and values
 * that do not pair up.
 */
export function bindable(
  sql: string,
  params: readonly unknown[],
): { text: string; values: unknown[] } | undefined {
  if (params.length === 0) return undefined;
  const values: unknown[] = [];
  const splice = (fragment: string, own: readonly unknown[]): string | undefined => {
    // Identifiers (`??`), an escaped `\?`, dollar quoting or `$n` already, several statements.
    if (/\?\?|\\\?|\$|;/.test(fragment)) return undefined;
    const parts = fragment.split('?');
    if (parts.length - 1 !== own.length) return undefined;
    let text = parts[0]!;
    for (const [i, value] of own.entries()) {
      let piece: string | undefined;
      if (isRaw(value)) piece = splice(value.sql, value.params);
      else if (typeof value === 'number') piece = numberParameter(value, values);
      else if (isScalar(value)) piece = `$${values.push(value)}`;
      else if (isJson(value)) piece = `$${values.push(JSON.stringify(value))}`;
      if (piece === undefined) return undefined;
      text += piece + parts[i + 1]!;
    }
    return text;
  };
  const text = splice(sql, params);
  return text === undefined ? undefined : { text, values };
}

/**
 * A number as MikroORM's literal would be typed: a bound parameter takes the
 * type its surroundings give it, so `1.5` next to an integer column would be
 * an invalid integer where the literal is numeric, and a whole number past
 * 32 bits an integer out of range where the literal is a bigint. Small whole
 * numbers stay untyped, as they always were; NaN and infinities are left to
 * the ORM.
 */
function numberParameter(value: number, values: unknown[]): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const n = `$${values.push(value)}`;
  if (!Number.isInteger(value)) return `${n}::numeric`;
  return Math.abs(value) > 2_147_483_647 ? `${n}::bigint` : n;
}

/** What MikroORM writes as JSON text: a plain object, or a value it tagged as a JSON property's. */
const isJson = (value: unknown): boolean =>
  Utils.isPlainObject(value) ||
  (typeof value === 'object' && value !== null && JsonProperty in value);
