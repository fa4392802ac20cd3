import pg from 'pg';

/** The parts of node-postgres's connection a query writes the protocol with (not in its types). */
interface Wire {
  readonly parsedStatements: Record<string, string>;
  bind(config: { statement: string; values: unknown[] }): void;
  execute(config: Record<string, never>): void;
}

/** The parts of node-postgres's `Query` that `BeginFirst` extends (not in its types). */
interface QueryProtocol {
  prepare(connection: Wire): void;
  handleCommandComplete(message: unknown, connection: Wire): void;
  handleError(error: unknown, connection: Wire): void;
}

type QueryArgs = pg.QueryConfig & {
  callback: (error: Error | null, result: pg.QueryResult) => void;
};
const ProtocolQuery = pg.Query as unknown as new (config: QueryArgs) => pg.Query & QueryProtocol;

/** What starts a transaction, as Kysely (under MikroORM) sends it: `begin`, or `start transaction …`. */
const BEGIN = /^(begin|start transaction\b[a-z ]*)$/i;
const END = /^(commit|rollback)$/i;

/** Each form of BEGIN is a named statement, parsed once per connection. */
const beginNames = new Map<string, string>();
const beginName = (text: string): string => {
  let name = beginNames.get(text);
  if (!name) beginNames.set(text, (name = `emporium_begin_${beginNames.size}`));
  return name;
};

const nothingSent = (command: string): pg.QueryResult => ({
  command,
  rowCount: null,
  oid: 0,
  fields: [],
  rows: [],
});

/**
 * A statement sent with the BEGIN of its transaction in front of it, under one
 * Sync: Bind and Execute of the connection's prepared BEGIN, then the
 * statement's own Parse, Bind, Describe, Execute and Sync. PostgreSQL runs
 * the messages up to a Sync as one unit and skips the rest of it after an
 * error, so a BEGIN that fails leaves the statement unrun (never run outside
 * the transaction); once BEGIN has run, the block it opened outlives the Sync.
 * BEGIN answers first with BindComplete (which the client ignores) and
 * CommandComplete, which is not the statement's.
 */
class BeginFirst extends ProtocolQuery {
  private begun = false;

  constructor(
    private readonly begin: string,
    config: QueryArgs,
  ) {
    super({ ...config, queryMode: 'extended' } as QueryArgs);
  }

  override prepare(connection: Wire): void {
    connection.bind({ statement: this.begin, values: [] });
    connection.execute({});
    super.prepare(connection);
  }

  override handleCommandComplete(message: unknown, connection: Wire): void {
    if (this.begun) super.handleCommandComplete(message, connection);
    else this.begun = true;
  }

  override handleError(error: unknown, connection: Wire): void {
    if (!this.begun) forgetDropped(error, this.begin, connection);
    super.handleError(error, connection);
  }
}

/**
 * After BEGIN failed because the server no longer has it prepared (a DISCARD
 * or DEALLOCATE: 26000), prepares it again next time. Any other failure
 * leaves it prepared: forgetting it then would make the next Parse of it fail
 * with "already exists", on every transaction after.
 */
function forgetDropped(error: unknown, begin: string, connection: Wire): void {
  if ((error as { code?: unknown } | null)?.code === '26000') {
    delete connection.parsedStatements[begin];
  }
}

interface Submittable {
  submit(connection: unknown): void;
  handleError(error: unknown, connection: unknown): void;
}
const isSubmittable = (value: unknown): value is Submittable =>
  typeof (value as Submittable | null)?.submit === 'function';

type Query = (...args: unknown[]) => unknown;

/**
 * Saves a transaction one round trip: the pool's connections hold back the
 * BEGIN the ORM sends and send it with the transaction's first statement
 * (`BeginFirst`); a transaction that ends before any statement costs none.
 * The ORM awaits BEGIN before it sends anything else, so without this every
 * transaction waits once for the server to say it has begun (ADR 0033).
 *
 * BEGIN is held only on a connection that has it prepared already (its first
 * transaction sends it alone, named), and goes in front of a statement with
 * parameters (the extended protocol). In front of anything else (a text
 * without parameters may hold several statements, which the extended protocol
 * refuses) it is sent alone and awaited first, as without this.
 */
export function foldedBegin(pool: pg.Pool): void {
  const held = new WeakMap<pg.PoolClient, string>();
  pool.on('release', (_error: Error | undefined, client: pg.PoolClient) => held.delete(client));
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const wire = (client as unknown as { connection: Wire }).connection;
    client.query = ((...args: unknown[]) => {
      const begin = held.get(client);
      if (begin === undefined) {
        const [text, values] = args;
        if (args.length > 2 || typeof text !== 'string' || !BEGIN.test(text)) return query(...args);
        if ((values as unknown[] | undefined)?.length) return query(...args);
        if (!wire.parsedStatements[beginName(text)]) return query(namedBegin(text));
        held.set(client, text);
        return Promise.resolve(nothingSent('BEGIN'));
      }
      held.delete(client);
      const config = withParameters(args);
      if (config) {
        return new Promise<pg.QueryResult>((resolve, reject) => {
          const callback = (error: Error | null, result: pg.QueryResult) =>
            error ? reject(error) : resolve(result);
          query(new BeginFirst(beginName(begin), { ...config, callback }));
        });
      }
      if (typeof args[0] === 'string' && END.test(args[0]) && args.length <= 2) {
        return Promise.resolve(nothingSent(args[0].toUpperCase()));
      }
      return afterBegin(begin, args);
    }) as typeof client.query;

    /**
     * Sends BEGIN alone, then the call once it has begun — never after a BEGIN
     * that failed — answering the way node-postgres answers that call: the
     * submittable itself (a cursor), nothing (a callback), or a promise.
     */
    const afterBegin = (begin: string, args: unknown[]): unknown => {
      const begun = (query(namedBegin(begin)) as Promise<unknown>).catch((error: unknown) => {
        forgetDropped(error, beginName(begin), wire);
        throw error;
      });
      const [first] = args;
      const last = args.at(-1);
      if (isSubmittable(first)) {
        void begun.then(
          () => query(...args),
          (error: unknown) => first.handleError(error, wire),
        );
        return first;
      }
      if (typeof last === 'function') {
        void begun.then(
          () => query(...args),
          (error: unknown) => (last as (error: unknown) => void)(error),
        );
        return undefined;
      }
      return begun.then(() => query(...args));
    };
  });
}

const namedBegin = (text: string): pg.QueryConfig => ({ name: beginName(text), text, values: [] });

/** The statement of a `query` call, when it has parameters (or a name) and no callback or cursor. */
function withParameters(args: readonly unknown[]): pg.QueryConfig | undefined {
  const [first, values] = args;
  if (args.length > 2) return undefined;
  if (typeof first === 'string') {
    return Array.isArray(values) && values.length > 0 ? { text: first, values } : undefined;
  }
  if (typeof first !== 'object' || first === null || 'submit' in first || values !== undefined) {
    return undefined;
  }
  const config = first as pg.QueryConfig;
  if (typeof config.text !== 'string' || 'callback' in config) return undefined;
  return config.name || config.values?.length ? config : undefined;
}
