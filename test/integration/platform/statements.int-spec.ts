import type { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import { runStatement } from '../../../src/platform/persistence/statements.js';
import { openTestContext } from '../../support/context-database.js';
import { createTestDatabase } from '../../support/database.js';

describe('platform statements (real PostgreSQL)', () => {
  let db: ContextDatabase;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    db = await openTestContext({ databaseUrl: database.url, context: 'stmts' });
  });

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  const prepared = (em: Parameters<typeof runStatement>[0]) =>
    runStatement<{ name: string; statement: string }>(
      em,
      `select name, statement from pg_prepared_statements where statement like '%marker%'`,
      [],
    );

  it('sends bound parameters as a named prepared statement of the connection, and leaves the ORM’s statements alone', async () => {
    const rows = await db.orm.em.fork().transactional(async (em) => {
      const [first] = await runStatement<{ n: number }>(
        em,
        'select $1::int + 1 as n /* marker */',
        [41],
      );
      const [again] = await runStatement<{ n: number }>(
        em,
        'select $1::int + 1 as n /* marker */',
        [1],
      );
      await em.execute('select 1 as one /* marker, ORM */');
      return { first, again, statements: await prepared(em) };
    });
    expect(rows.first!.n).toBe(42);
    expect(rows.again!.n).toBe(2);
    // Prepared once for both calls, under a stable name; the ORM's statement is not prepared.
    expect(rows.statements).toEqual([
      {
        name: expect.stringMatching(/^emporium_[0-9a-f]{24}$/),
        statement: 'select $1::int + 1 as n /* marker */',
      },
    ]);
  });

  it('runs inside the caller’s transaction: a rollback undoes it', async () => {
    await runStatement(db.orm.em, 'create table if not exists notes (body text)', []);
    await expect(
      db.orm.em.fork().transactional(async (em) => {
        await runStatement(em, 'insert into notes (body) values ($1)', ['rolled back']);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.query('select * from notes where body = $1', ['rolled back'])).toEqual([]);
  });
});
