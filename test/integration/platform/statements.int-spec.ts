import type { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import { runStatement } from '../../../src/platform/persistence/statements.js';
import { defineEntity, p } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { openTestContext } from '../../support/context-database.js';
import { createTestDatabase } from '../../support/database.js';

class Note {
  id!: string;
  tags!: { n: number }[];
  version!: number;
}

const NoteEntity = defineEntity({
  class: Note,
  tableName: 'notes',
  properties: {
    id: p.string().primary(),
    tags: p.json<{ n: number }[]>(),
    version: p.integer().version(),
  },
});

class CreateNotes extends Migration {
  up(): void {
    this.addSql(
      'create table notes (id text primary key, tags jsonb not null, version int not null default 1)',
    );
  }
}

describe('platform statements (real PostgreSQL)', () => {
  let db: ContextDatabase;
  let drop: () => Promise<void>;
  let databaseUrl: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    databaseUrl = database.url;
    db = await openTestContext({ databaseUrl: database.url, context: 'stmts' });
  });

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  /** The statements prepared on `em`'s connection whose text holds `marker`. */
  const prepared = (em: Parameters<typeof runStatement>[0], marker: string) =>
    runStatement<{ name: string; statement: string }>(
      em,
      `select name, statement from pg_prepared_statements where strpos(statement, $1) > 0`,
      [marker],
    );

  it('sends bound parameters as a named prepared statement of the connection', async () => {
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
      return { first, again, statements: await prepared(em, '/* marker */') };
    });
    expect(rows.first!.n).toBe(42);
    expect(rows.again!.n).toBe(2);
    // Prepared once for both calls, under a stable name.
    expect(rows.statements).toEqual([
      {
        name: expect.stringMatching(/^emporium_[0-9a-f]{24}_\d+$/),
        statement: 'select $1::int + 1 as n /* marker */',
      },
    ]);
  });

  it('binds the ORM’s scalar and JSON values too, and leaves lists to the ORM', async () => {
    const statements = await db.orm.em.fork().transactional(async (em) => {
      const [scalar] = await em.execute<{ n: number; at: string }[]>(
        'select ?::int * 2 as n, ?::timestamptz as at /* orm scalar */',
        [21, new Date('2026-11-22T10:00:00.000Z')],
      );
      expect(scalar!.n).toBe(42);
      expect(new Date(scalar!.at).toISOString()).toBe('2026-11-22T10:00:00.000Z');
      const list = await em.execute<{ n: number }[]>(
        'select n from generate_series(1, 5) as n where n in (?) /* orm list */',
        [[2, 4]],
      );
      expect(list.map((row) => row.n)).toEqual([2, 4]);
      const [json] = await em.execute<{ j: unknown }[]>('select ?::jsonb as j /* orm json */', [
        { a: [1, 2] },
      ]);
      expect(json!.j).toEqual({ a: [1, 2] });
      // Next to an integer, a fractional number stays numeric, as its literal would be.
      const above = await em.execute<{ n: number }[]>(
        'select n from generate_series(1, 3) as n where n > ? /* orm fraction */',
        [1.5],
      );
      expect(above.map((row) => row.n)).toEqual([2, 3]);
      return (await prepared(em, '/* orm ')).map((row) => row.statement);
    });
    expect(statements.sort()).toEqual([
      'select $1::int * 2 as n, $2::timestamptz as at /* orm scalar */',
      'select $1::jsonb as j /* orm json */',
      'select n from generate_series(1, 3) as n where n > $1::numeric /* orm fraction */',
    ]);
  });

  it('prepares the update of a versioned entity: its version increment and JSON column bound, its plan kept', async () => {
    // One connection, so every update meets the statement the first one prepared.
    const versioned = await openTestContext({
      databaseUrl,
      context: 'stmts_versioned',
      entities: [NoteEntity],
      migrations: [{ name: 'create-notes', class: CreateNotes }],
      poolSize: 1,
    });
    try {
      await versioned.unitOfWork(() => {
        versioned.em.persist(Object.assign(new Note(), { id: 'n1', tags: [], version: 1 }));
        return Promise.resolve();
      });
      for (let i = 1; i <= 10; i++) {
        await versioned.unitOfWork(async () => {
          const note = await versioned.em.findOneOrFail(NoteEntity, { id: 'n1' });
          note.tags = [...note.tags, { n: i }];
        });
      }
      const [note] = await versioned.query<{ version: number; tags: unknown }>(
        'select version, tags from notes where id = $1',
        ['n1'],
      );
      expect(note).toEqual({
        version: 11,
        tags: Array.from({ length: 10 }, (_, i) => ({ n: i + 1 })),
      });
      const [update] = await versioned.orm.em
        .fork()
        .transactional((em) =>
          runStatement<{ statement: string; generic_plans: string }>(
            em,
            `select statement, generic_plans from pg_prepared_statements where statement like 'update %'`,
            [],
          ),
        );
      expect(update!.statement).toMatch(
        /"version" = "version" \+ 1 where "id" = \$\d+ and "version" = \$\d+/,
      );
      expect(Number(update!.generic_plans)).toBeGreaterThan(0); // no longer planned on every run
    } finally {
      await versioned.close();
    }
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

  it('runs ContextDatabase.query on the pool, outside a transaction in progress', async () => {
    await db.query('create table if not exists notes (body text)');
    let seen: { n: number }[] = [];
    await expect(
      db.orm.em.fork().transactional(async (em) => {
        await runStatement(em, 'insert into notes (body) values ($1)', ['uncommitted']);
        seen = await db.query('select count(*)::int as n from notes where body = $1', [
          'uncommitted',
        ]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // Another connection: the insert was not committed when it looked.
    expect(seen).toEqual([{ n: 0 }]);
  });

  it('recovers when a table changes under a prepared statement: that run fails, the next prepares afresh', async () => {
    // One connection, so the second run meets the statement the first prepared.
    const single = await openTestContext({
      databaseUrl: databaseUrl,
      context: 'stmts',
      poolSize: 1,
    });
    try {
      await single.query('create table if not exists widgets (id int)');
      await single.query('insert into widgets values (1)');
      const read = () =>
        single
          .query<{ id: number; name?: string }>('select * from widgets where id = $1', [1])
          .then(
            (rows) => rows,
            (error: { code?: string }) => error.code,
          );
      expect(await read()).toEqual([{ id: 1 }]);
      // What a migration run by another process does.
      await single.query(`alter table widgets add column name text default 'w'`);
      expect(await read()).toBe('0A000'); // cached plan must not change result type
      expect(await read()).toEqual([{ id: 1, name: 'w' }]);
    } finally {
      await single.close();
    }
  });

  it('binds but names nothing with DATABASE_PREPARED_STATEMENTS=false (for poolers that cannot keep them)', async () => {
    const unnamed = await openTestContext({
      databaseUrl: databaseUrl,
      context: 'stmts',
      preparedStatements: false,
    });
    try {
      const statements = await unnamed.orm.em.fork().transactional(async (em) => {
        const [row] = await runStatement<{ n: number }>(
          em,
          'select $1::int as n /* unnamed */',
          [7],
        );
        expect(row!.n).toBe(7);
        return prepared(em, '/* unnamed */');
      });
      expect(statements).toEqual([]);
    } finally {
      await unnamed.close();
    }
  });
});
