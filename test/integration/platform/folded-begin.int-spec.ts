import pg from 'pg';
import { foldedBegin } from '../../../src/platform/persistence/folded-begin.js';
import { preparedStatements } from '../../../src/platform/persistence/statements.js';
import { createTestDatabase } from '../../support/database.js';

/**
 * BEGIN travels with the transaction's first statement (ADR 0033): one round
 * trip less, and never a statement outside its transaction.
 */
describe('a transaction whose BEGIN goes with its first statement (real PostgreSQL)', () => {
  let pool: pg.Pool;
  /** Another session, which sees only what has been committed. */
  let observer: pg.Client;
  let drop: () => Promise<void>;
  /** Round trips the pool's one connection has finished (each ends with ReadyForQuery). */
  let roundTrips = 0;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    pool = new pg.Pool({ connectionString: database.url, max: 1 });
    foldedBegin(pool);
    preparedStatements(pool);
    pool.on('connect', (client) => {
      const { connection } = client as unknown as { connection: NodeJS.EventEmitter };
      connection.on('readyForQuery', () => roundTrips++);
    });
    await pool.query('create table notes (id int primary key, body text not null)');
    observer = new pg.Client({ connectionString: database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer?.end();
    await pool?.end();
    await drop?.();
  });

  beforeEach(() => pool.query('truncate notes'));

  /** Runs `work` between BEGIN and COMMIT (ROLLBACK if it throws) on the pool's connection. */
  async function transaction(work: (client: pg.PoolClient) => Promise<unknown>) {
    const client = await pool.connect();
    try {
      await client.query('begin', []);
      await work(client);
      await client.query('commit', []);
    } catch (error) {
      await client.query('rollback', []);
      throw error;
    } finally {
      client.release();
    }
  }

  const insert = (client: pg.PoolClient, id: number, body: string | null) =>
    client.query('insert into notes (id, body) values ($1, $2)', [id, body]);
  const ids = async () =>
    (await observer.query<{ id: number }>('select id from notes order by id')).rows.map(
      (r) => r.id,
    );
  const tripsOf = async (work: () => Promise<unknown>) => {
    const before = roundTrips;
    await work().catch(() => undefined);
    return roundTrips - before;
  };

  it('sends BEGIN with the first statement: two round trips for BEGIN, an insert and COMMIT', async () => {
    await transaction((client) => insert(client, 1, 'first')); // prepares BEGIN on the connection
    const trips = await tripsOf(() => transaction((client) => insert(client, 2, 'second')));
    expect(trips).toBe(2);
    expect(await ids()).toEqual([1, 2]);
  });

  it('rolls the first statement back with the rest: it ran inside the transaction', async () => {
    await transaction((client) => insert(client, 1, 'kept'));
    await expect(
      transaction(async (client) => {
        await insert(client, 2, 'undone');
        await insert(client, 3, null); // violates NOT NULL
      }),
    ).rejects.toThrow(/null value/);
    expect(await ids()).toEqual([1]);
  });

  it('runs no statement when its BEGIN fails, and prepares BEGIN again afterwards', async () => {
    await transaction((client) => insert(client, 1, 'first'));
    await dropPreparedBegin();
    await expect(transaction((c) => insert(c, 2, 'never'))).rejects.toMatchObject({
      code: '26000', // prepared statement does not exist: the BEGIN in front of the insert
    });
    expect(await ids()).toEqual([1]);
    await transaction((c) => insert(c, 3, 'again'));
    expect(await ids()).toEqual([1, 3]);
  });

  /** Drops the connection's prepared BEGIN on the server only: node-postgres still believes it prepared. */
  async function dropPreparedBegin() {
    const client = await pool.connect();
    const { rows } = await client.query<{ name: string }>(
      `select name from pg_prepared_statements where statement = 'begin'`,
    );
    expect(rows).toHaveLength(1);
    await client.query(`deallocate "${rows[0]!.name}"`);
    client.release();
  }

  it('prepares a dropped BEGIN again also when it was sent alone, in front of a statement without parameters', async () => {
    await transaction((client) => insert(client, 1, 'first'));
    await dropPreparedBegin();
    const plain = (id: number) => (client: pg.PoolClient) =>
      client.query(`insert into notes (id, body) values (${id}, 'plain')`);
    await expect(transaction(plain(2))).rejects.toMatchObject({ code: '26000' });
    await transaction(plain(3));
    await transaction(plain(4));
    expect(await ids()).toEqual([1, 3, 4]);
  });

  it('keeps BEGIN prepared when the statement behind it fails before the server sees it', async () => {
    await transaction((client) => insert(client, 1, 'first'));
    const unsendable = {
      toPostgres: () => {
        throw new Error('cannot be sent');
      },
    };
    await expect(
      transaction((client) =>
        // A text of its own: node-postgres then believes this statement prepared, which the
        // platform's prepared statements recover from by renaming (statements.ts).
        client.query('insert into notes (body, id) values ($2, $1)', [2, unsendable]),
      ),
    ).rejects.toThrow('cannot be sent');
    await transaction((client) => insert(client, 3, 'next'));
    await transaction((client) => insert(client, 4, 'and the next'));
    expect(await ids()).toEqual([1, 3, 4]);
  });

  it('costs no round trip for a transaction that ran no statement', async () => {
    await transaction((client) => insert(client, 1, 'first'));
    expect(await tripsOf(() => transaction(() => Promise.resolve()))).toBe(0);
    await pool.query('insert into notes (id, body) values ($1, $2)', [2, 'autocommitted']);
    expect(await ids()).toEqual([1, 2]); // no transaction was left open on the connection
  });

  it('sends BEGIN alone in front of a statement without parameters, inside the transaction still', async () => {
    await transaction((client) => insert(client, 1, 'first'));
    await expect(
      transaction(async (client) => {
        await client.query(`insert into notes (id, body) values (2, 'plain'); select 1`);
        await insert(client, 3, null);
      }),
    ).rejects.toThrow(/null value/);
    expect(await ids()).toEqual([1]);
  });

  it('answers a call with a callback behind a held BEGIN through its callback, inside the transaction', async () => {
    await transaction((client) => insert(client, 1, 'first'));
    await expect(
      transaction(async (client) => {
        const result = await new Promise<pg.QueryResult>((resolve, reject) => {
          client.query(`insert into notes (id, body) values (2, 'called back')`, (error, done) =>
            error ? reject(error) : resolve(done),
          );
        });
        expect(result.rowCount).toBe(1);
        throw new Error('then the transaction fails');
      }),
    ).rejects.toThrow('then the transaction fails');
    expect(await ids()).toEqual([1]);
  });

  it('leaves no BEGIN held on a connection given back in the middle of a transaction', async () => {
    await transaction((client) => insert(client, 1, 'first'));
    const client = await pool.connect();
    await client.query('begin', []);
    client.release(); // a caller that forgot its transaction: nothing was sent
    const next = await pool.connect();
    await insert(next, 2, 'autocommitted');
    next.release();
    expect(await ids()).toEqual([1, 2]);
  });
});
