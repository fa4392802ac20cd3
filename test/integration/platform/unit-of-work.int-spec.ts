import { AsyncLocalStorage } from 'node:async_hooks';
import { defineEntity, p } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { AggregateRoot } from '../../../src/platform/domain/aggregate-root.js';
import { DomainEvent } from '../../../src/platform/domain/domain-event.js';
import { PLATFORM_MIGRATIONS } from '../../../src/platform/messaging/context-database.provider.js';
import { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import { openContextOrm } from '../../../src/platform/persistence/context-orm.js';
import { persistable } from '../../../src/platform/persistence/persistable.js';
import {
  contextRole,
  contextRolePassword,
  provisionContext,
} from '../../../src/platform/persistence/provisioning.js';
import { createLogger } from '../../../src/platform/observability/logger.js';
import { createTestDatabase } from '../../support/database.js';

class Ticked extends DomainEvent {
  readonly occurredAt = new Date();
  constructor(
    readonly aggregateId: string,
    readonly count: number,
  ) {
    super();
  }
}

class Counter extends AggregateRoot {
  id!: string;
  count!: number;

  static start(id: string): Counter {
    return Object.assign(new Counter(), { id, count: 0 });
  }

  tick(): void {
    this.count += 1;
    this.raise(new Ticked(this.id, this.count));
  }
}

const CounterEntity = defineEntity({
  class: persistable(Counter),
  tableName: 'counters',
  properties: { id: p.string().primary(), count: p.integer() },
});

class CreateCounters extends Migration {
  up(): void {
    this.addSql('create table counters (id text primary key, count int not null)');
  }
}

describe('ContextDatabase unit of work (real PostgreSQL)', () => {
  let db: ContextDatabase;
  let drop: () => Promise<void>;
  /** The events each unit handed to the hooks, inside its transaction. */
  const raised: DomainEvent[][] = [];
  /** Signals heard, after their commits. */
  let committed = 0;
  let failHooks = false;
  /** What the hooks' writes received: each unit's (or group's) prepared events, with who caused them. */
  const written: { event: DomainEvent; caller?: string }[][] = [];
  /** Stands for the message context a unit runs in: the hooks prepare inside it. */
  const caller = new AsyncLocalStorage<string>();

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const password = contextRolePassword('uow-secret-0123456789', 'uow');
    await provisionContext(database.url, 'uow', password);
    const url = new URL(database.url);
    url.username = contextRole('uow');
    url.password = password;
    const orm = await openContextOrm({
      context: 'uow',
      url: url.toString(),
      entities: [CounterEntity],
      migrations: [{ name: 'create-counters', class: CreateCounters }],
      poolSize: 2,
      platformMigrations: PLATFORM_MIGRATIONS,
      log: createLogger('silent'),
    });
    db = new ContextDatabase('uow', orm, {
      hooks: {
        prepare: (events) => {
          raised.push([...events]);
          return Promise.resolve(events.map((event) => ({ event, caller: caller.getStore() })));
        },
        write: (_em, prepared, after) => {
          written.push([...prepared] as (typeof written)[number]);
          if (failHooks) return Promise.reject(new Error('hook failed'));
          after.signal('seen');
          return Promise.resolve();
        },
      },
    });
    db.onSignal('seen', () => committed++);
    const expected = [
      '00000000000000-platform-messaging',
      '00000000000001-platform-messaging-batched-claims',
      '00000000000002-platform-messaging-wakeups-in-process',
      '00000000000003-platform-messaging-order-per-context',
      '00000000000005-platform-messaging-claim-function',
      '00000000000006-platform-messaging-claim-marks-done',
      '00000000000004-platform-idempotency-keys',
      'create-counters',
    ];
    expect(await db.pendingMigrations()).toEqual(expected);
    expect(await db.migrate()).toEqual(expected);
    expect(await db.pendingMigrations()).toEqual([]);
  });

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  beforeEach(() => {
    raised.length = 0;
    written.length = 0;
    committed = 0;
    failHooks = false;
  });

  const countOf = (id: string) =>
    db.read(async (em) => (await em.findOne(CounterEntity, { id }))?.count ?? null);

  it('hands the tracked aggregates’ events to the hooks once, and signals after the commit', async () => {
    await db.unitOfWork(async () => {
      const counter = Counter.start('a');
      counter.tick();
      counter.tick();
      db.track(counter);
    });
    expect(await countOf('a')).toBe(2);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.map((e) => (e as Ticked).count)).toEqual([1, 2]);
    expect(committed).toBe(1);
  });

  it('loads, changes and saves through the same unit of work', async () => {
    await db.unitOfWork(async () => {
      const counter = await db.em.findOneOrFail(CounterEntity, { id: 'a' });
      counter.tick();
      db.track(counter);
    });
    expect(await countOf('a')).toBe(3);
    expect(raised.flat().map((e) => (e as Ticked).count)).toEqual([3]);
  });

  it('rolls back and signals nothing when the work fails', async () => {
    await expect(
      db.unitOfWork(async () => {
        const counter = Counter.start('b');
        counter.tick();
        db.track(counter);
        await db.em.flush();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await countOf('b')).toBeNull();
    expect(raised).toEqual([]);
    expect(committed).toBe(0);
  });

  it('rolls the work back when a hook fails inside the transaction', async () => {
    failHooks = true;
    await expect(
      db.unitOfWork(async () => {
        const counter = Counter.start('b2');
        counter.tick();
        db.track(counter);
      }),
    ).rejects.toThrow('hook failed');
    expect(raised).toHaveLength(1);
    expect(await countOf('b2')).toBeNull();
    expect(committed).toBe(0);
  });

  it('signals at once outside a unit of work, and only after the commit inside one', async () => {
    db.signalAfterCommit('seen');
    expect(committed).toBe(1);
    await db.unitOfWork(async () => {
      db.signalAfterCommit('seen');
      db.signalAfterCommit('seen');
      await db.em.execute('select 1');
      expect(committed).toBe(1);
    });
    expect(committed).toBe(2);
    await expect(
      db.unitOfWork(async () => {
        db.signalAfterCommit('seen');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(committed).toBe(2);
  });

  it('joins an enclosing unit of work instead of opening a second transaction', async () => {
    await expect(
      db.unitOfWork(async () => {
        await db.unitOfWork(async () => {
          const counter = Counter.start('c');
          counter.tick();
          db.track(counter);
        });
        throw new Error('outer fails after inner finished');
      }),
    ).rejects.toThrow('outer fails');
    expect(await countOf('c')).toBeNull();
    expect(committed).toBe(0);
  });

  it('keeps concurrent units of work apart', async () => {
    await Promise.all(
      ['d1', 'd2', 'd3'].map((id) =>
        db.unitOfWork(async () => {
          const counter = Counter.start(id);
          counter.tick();
          db.track(counter);
        }),
      ),
    );
    expect(await Promise.all(['d1', 'd2', 'd3'].map(countOf))).toEqual([1, 1, 1]);
    expect(raised.map((events) => events.map((e) => e.aggregateId))).toEqual(
      expect.arrayContaining([['d1'], ['d2'], ['d3']]),
    );
    expect(committed).toBe(3);
  });

  const tickIn = (id: string) => async () => {
    const counter = (await db.em.findOne(CounterEntity, { id })) ?? Counter.start(id);
    counter.tick();
    db.track(counter);
    return counter.count;
  };

  it("runs a batch's units each with its own flush and write, or together with one of each", async () => {
    const seenBySql = async () =>
      (await db.em.execute<{ count: number }[]>(`select count from counters where id = 'g1'`))[0]
        ?.count ?? null;
    const { counts, sql } = await db.batchOfWork(async (batch) => {
      await caller.run('first', () => batch.each(tickIn('g1')));
      const counts: number[] = [];
      const sql: (number | null)[] = [];
      await batch.together(async (unit) => {
        for (const [who, id] of [
          ['second', 'g1'],
          ['third', 'g1'],
          ['fourth', 'g2'],
        ]) {
          counts.push(await caller.run(who!, () => unit(tickIn(id!))));
          sql.push(await unit(seenBySql));
        }
      });
      return { counts, sql };
    });
    // The group's units found the counter with the unflushed ticks of those before them…
    expect(counts).toEqual([2, 3, 1]);
    // …which no query saw before the group's flush, not even the fourth unit's
    // query of the same table (no auto flush before it).
    expect(sql).toEqual([1, 1, 1]);
    expect(await countOf('g1')).toBe(3);
    expect(await countOf('g2')).toBe(1);
    // Each unit prepared in its own caller's context; the group wrote once.
    expect(written.map((w) => w.map(({ event, caller }) => [event.aggregateId, caller]))).toEqual([
      [['g1', 'first']],
      [
        ['g1', 'second'],
        ['g1', 'third'],
        ['g2', 'fourth'],
      ],
    ]);
    expect(committed).toBe(1);
  });

  it('rolls a whole batch back when a unit of a group fails', async () => {
    await expect(
      db.batchOfWork(async (batch) => {
        await batch.each(tickIn('h1'));
        await batch.together(async (unit) => {
          await unit(tickIn('h2'));
          await unit(() => Promise.reject(new Error('second unit fails')));
        });
      }),
    ).rejects.toThrow('second unit fails');
    expect(await countOf('h1')).toBeNull();
    expect(await countOf('h2')).toBeNull();
    expect(committed).toBe(0);
  });

  it('reads in its own transaction only when asked to (readsInTransaction)', async () => {
    const seen = (id: string) =>
      Promise.all([
        db.query<{ n: number }>('select count(*)::int as n from counters where id = $1', [id]),
        countOf(id),
      ]).then(([[row], count]) => ({ rows: row!.n, count }));
    const write = async (id: string) => {
      const counter = Counter.start(id);
      counter.tick();
      db.track(counter);
      await db.em.flush();
    };
    const byDefault = await db.unitOfWork(async () => {
      await write('e1');
      return seen('e1');
    });
    expect(byDefault).toEqual({ rows: 0, count: null });
    const joined = await db.unitOfWork(
      async () => {
        await write('e2');
        return seen('e2');
      },
      { readsInTransaction: true },
    );
    expect(joined).toEqual({ rows: 1, count: 1 });
  });

  it('refuses to hand out an EntityManager outside a unit of work', () => {
    expect(() => db.em).toThrow(/No unit of work is open for the uow context/);
  });
});
