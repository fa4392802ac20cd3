import { DeadLetters } from '../../../src/platform/messaging/dead-letters.js';
import type { EventEnvelope } from '../../../src/platform/messaging/envelope.js';
import { purgeExpired, readEventLog } from '../../../src/platform/messaging/event-log.js';
import pg from 'pg';
import { runStatement } from '../../../src/platform/persistence/statements.js';
import { Inbox, INBOX_CLAIM, TURN_HAS_COME } from '../../../src/platform/messaging/inbox.js';
import { integrationEvent } from '../../../src/platform/messaging/integration-event.js';
import { MessageContext } from '../../../src/platform/messaging/message-context.js';
import { appendEnvelopes, envelopesFor } from '../../../src/platform/messaging/outbox.js';
import { Relay } from '../../../src/platform/messaging/relay.js';
import { InProcessTransport } from '../../../src/platform/messaging/transport.js';
import { InvalidEventPayload } from '../../../src/platform/messaging/validation.js';
import { createLogger } from '../../../src/platform/observability/logger.js';
import type { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import { eventually, openTestContext } from '../../support/context-database.js';
import {
  Counter,
  CounterEntity,
  openConsumer,
  openPublisher,
  recorder,
  tick as tickCounter,
  TickedV1,
} from '../../support/counters.js';
import { adminQuery, clusterUrl, createTestDatabase } from '../../support/database.js';

describe('integration events: outbox → relay → inbox (real PostgreSQL)', () => {
  let drop: () => Promise<void>;
  let pub: ContextDatabase;
  let sub: ContextDatabase;
  const poisoned = new Set<string>();
  const log = createLogger('silent');
  const inboxOptions = {
    workers: 3,
    batchSize: 8,
    maxAttempts: 3,
    backoffBaseMs: 5,
    backoffMaxMs: 40,
    pollMs: 50,
  };
  const relayOptions = { batchSize: 50, pollMs: 50, retryMs: 20 };

  const handlers = [
    {
      name: 'sub.Recorder',
      contracts: [TickedV1],
      get instance() {
        return recorder(sub, { fails: (id) => poisoned.has(id) });
      },
    },
  ];

  function wire(relays = 1, inboxes = 1) {
    const transport = new InProcessTransport();
    const consumers = Array.from(
      { length: inboxes },
      () => new Inbox(sub, handlers, inboxOptions, log),
    );
    // Each inbox instance stands for one replica subscribed to the same broker.
    let next = 0;
    void transport.subscribe({
      context: 'sub',
      names: new Set([TickedV1.name]),
      receive: (envelopes) => consumers[next++ % consumers.length]!.receive(envelopes),
    });
    const producers = Array.from(
      { length: relays },
      () => new Relay(pub, transport, relayOptions, log),
    );
    return {
      transport,
      consumers,
      producers,
      async start() {
        await Promise.all([...producers, ...consumers].map((worker) => worker.start()));
      },
      async stop() {
        await Promise.all([...producers, ...consumers].map((worker) => worker.stop()));
      },
    };
  }

  const tick = (id: string, times = 1, label = 'counter') => tickCounter(pub, id, times, label);

  const effects = (counterId?: string) =>
    sub.read((em) =>
      em.execute<
        {
          event_id: string;
          counter_id: string;
          count: number;
          sequence: number;
          correlation_id: string;
        }[]
      >(
        `select * from effects ${counterId ? 'where counter_id = ?' : ''} order by at`,
        counterId ? [counterId] : [],
      ),
    );
  const outboxCount = async (where = 'true') =>
    Number(
      (await pub.read((em) => em.execute(`select count(*) as n from outbox where ${where}`)))[0]!.n,
    );

  let databaseName: string;
  let databaseUrl: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    databaseName = new URL(database.url).pathname.slice(1);
    databaseUrl = database.url;
    pub = await openPublisher(database.url);
    sub = await openConsumer(database.url);
  });

  afterAll(async () => {
    await pub?.close();
    await sub?.close();
    await drop?.();
  });

  beforeEach(() => poisoned.clear());

  it('writes the event to the outbox in the same transaction as the state change', async () => {
    await tick('atomic-1', 2);
    const rows = await pub.read((em) =>
      em.execute<{ envelope: EventEnvelope }[]>(
        `select envelope from outbox where aggregate_id = 'atomic-1' order by sequence`,
      ),
    );
    expect(rows.map((r) => r.envelope)).toEqual([
      expect.objectContaining({
        name: 'pub.Ticked.v1',
        version: 1,
        source: 'pub',
        aggregateId: 'atomic-1',
        sequence: 1,
        payload: { counterId: 'atomic-1', label: 'counter', count: 1 },
      }),
      expect.objectContaining({
        sequence: 2,
        payload: { counterId: 'atomic-1', label: 'counter', count: 2 },
      }),
    ]);
    const [first] = rows;
    expect(first!.envelope.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first!.envelope.correlationId).toEqual(expect.any(String));

    await expect(
      pub.unitOfWork(async () => {
        const counter = Counter.start('atomic-2');
        counter.tick();
        pub.track(counter);
        await pub.em.flush();
        throw new Error('the use case fails after its change');
      }),
    ).rejects.toThrow('fails');
    expect(await outboxCount(`aggregate_id = 'atomic-2'`)).toBe(0);
  });

  it('fails the command and writes nothing when a payload breaks its schema at publish', async () => {
    await expect(tick('invalid-1', 1, '')).rejects.toThrow(InvalidEventPayload);
    await expect(tick('invalid-1', 1, '')).rejects.toThrow(
      /pub\.Ticked\.v1 does not match its schema: \/label/,
    );
    expect(await outboxCount(`aggregate_id = 'invalid-1'`)).toBe(0);
    expect(await pub.read((em) => em.findOne(CounterEntity, { id: 'invalid-1' }))).toBeNull();
  });

  it('delivers each committed event once, in order, with its correlation', async () => {
    const run = wire();
    await run.start();
    try {
      await MessageContext.run({ correlationId: 'corr-77', causationId: 'corr-77' }, () =>
        tick('flow-1', 3),
      );
      const rows = await eventually(async () => {
        const found = await effects('flow-1');
        return found.length >= 3 && found;
      }, 'three effects');
      expect(rows.map((r) => [r.count, r.sequence])).toEqual([
        [1, 1],
        [2, 2],
        [3, 3],
      ]);
      expect(rows.every((r) => r.correlation_id === 'corr-77')).toBe(true);
      await eventually(
        async () => (await outboxCount('published_at is null')) === 0,
        'outbox drained',
      );
    } finally {
      await run.stop();
    }
  });

  it('gives a redelivered event no second effect', async () => {
    await tick('dup-1', 2);
    const envelopes = await readEventLog(pub, [TickedV1.name], new Date(0));
    const mine = envelopes.filter((e) => e.aggregateId === 'dup-1');
    const run = wire();
    await run.transport.publish(mine);
    await run.transport.publish(mine);
    await run.transport.publish([mine[1]!, mine[0]!]);
    await run.start();
    try {
      await eventually(async () => (await effects('dup-1')).length === 2, 'two effects');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await effects('dup-1')).map((r) => r.count)).toEqual([1, 2]);
    } finally {
      await run.stop();
    }
  });

  it('with two relays and two consumers at once: every event once, each aggregate in order', async () => {
    const run = wire(2, 2);
    await run.start();
    try {
      const ids = Array.from({ length: 12 }, (_, i) => `pair-${i}`);
      await Promise.all(
        ids.map(async (id) => {
          for (let i = 0; i < 5; i++) await tick(id);
        }),
      );
      await eventually(async () => {
        const rows = await sub.read((em) =>
          em.execute(`select count(*) as n from effects where counter_id like 'pair-%'`),
        );
        return Number(rows[0]!.n) >= 60;
      }, 'sixty effects');
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const id of ids) {
        expect((await effects(id)).map((r) => r.count)).toEqual([1, 2, 3, 4, 5]);
      }
    } finally {
      await run.stop();
    }
  });

  it('keeps an aggregate’s order across the handlers of one context: a handler retrying an event holds back the others’ later events', async () => {
    await sub.query(
      'create table if not exists handled (handler text not null, counter_id text not null, sequence int not null, at timestamptz not null default clock_timestamp())',
    );
    let holdSlow = true;
    let slowFailures = 0;
    const handledBy = (handler: string, slow: boolean) => ({
      name: `sub.${handler}`,
      contracts: [TickedV1],
      instance: {
        async handle(event: EventEnvelope<{ counterId: string }>) {
          if (slow && holdSlow && event.sequence === 1) {
            slowFailures++;
            throw new Error('not yet');
          }
          await sub.em.execute(
            'insert into handled (handler, counter_id, sequence) values (?, ?, ?)',
            [handler, event.payload.counterId, event.sequence],
          );
        },
      },
    });
    const transport = new InProcessTransport();
    const inbox = new Inbox(
      sub,
      [handledBy('Slow', true), handledBy('Quick', false)],
      { ...inboxOptions, maxAttempts: 100, backoffBaseMs: 50, backoffMaxMs: 100 },
      log,
    );
    void transport.subscribe({
      context: 'sub',
      names: inbox.eventNames,
      receive: (e) => inbox.receive(e),
    });
    const relay = new Relay(pub, transport, relayOptions, log);
    await Promise.all([relay.start(), inbox.start()]);
    try {
      await tick('across-1');
      await eventually(async () => slowFailures > 1, 'Slow to fail event 1 (and its rerun)');
      await tick('across-1');
      await eventually(
        async () =>
          (
            await sub.query<{ n: number }>(
              `select count(*)::int as n from inbox where aggregate_id = 'across-1' and sequence = 2`,
            )
          )[0]!.n === 2,
        'event 2 in the inbox for both handlers',
      );
      // Time for Quick to take event 2 if the platform let it overtake Slow's event 1.
      await new Promise((resolve) => setTimeout(resolve, 400));
      holdSlow = false;
      const rows = await eventually(async () => {
        const found = await sub.query<{ handler: string; sequence: number }>(
          `select handler, sequence from handled where counter_id = 'across-1' order by at`,
        );
        return found.length === 4 && found;
      }, 'both events handled by both handlers');
      const order = rows.map((r) => `${r.handler}#${r.sequence}`);
      // Quick may take event 1 before Slow's retry, but no event 2 runs before Slow's event 1.
      expect(order.indexOf('Slow#1')).toBeLessThan(order.indexOf('Quick#2'));
      expect(order.indexOf('Slow#1')).toBeLessThan(order.indexOf('Slow#2'));
      expect(order.indexOf('Quick#1')).toBeLessThan(order.indexOf('Quick#2'));
    } finally {
      await Promise.all([relay.stop(), inbox.stop()]);
    }
  });

  it('delivers a row that commits after a row with a higher position', async () => {
    const run = wire();
    // A transaction appends to the outbox but does not commit yet...
    let release!: () => void;
    let inserted!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const insertDone = new Promise<void>((resolve) => (inserted = resolve));
    const slow = pub.orm.em.fork().transactional(async (em) => {
      const event = integrationEvent(TickedV1, 'late-1', new Date(), {
        counterId: 'late-1',
        label: 'late',
        count: 1,
      });
      await appendEnvelopes(em, await envelopesFor('pub', [event]));
      inserted();
      await held;
    });
    await insertDone;
    // ...while a later one (a higher position) commits and is delivered first.
    await tick('early-1');
    while ((await run.producers[0]!.deliverBatch()) > 0);
    expect((await effects('early-1')).length).toBe(0); // not handled yet: consumers are not started
    const published = await pub.read((em) =>
      em.execute<{ aggregate_id: string }[]>(
        `select aggregate_id from outbox where published_at is not null and aggregate_id in ('early-1', 'late-1')`,
      ),
    );
    expect(published.map((r) => r.aggregate_id)).toEqual(['early-1']);
    release();
    await slow;
    const positions = await pub.read((em) =>
      em.execute<{ aggregate_id: string; position: string }[]>(
        `select aggregate_id, position from outbox where aggregate_id in ('early-1', 'late-1') order by position`,
      ),
    );
    expect(positions.map((r) => r.aggregate_id)).toEqual(['late-1', 'early-1']);
    while ((await run.producers[0]!.deliverBatch()) > 0);
    await run.start();
    try {
      await eventually(
        async () => (await effects('late-1')).length === 1,
        'the late event handled',
      );
      expect((await effects('early-1')).length).toBe(1);
    } finally {
      await run.stop();
    }
  });

  it('sends a poison event to the dead letters while others flow, and a replay after the fix applies it once', async () => {
    poisoned.add('poison-1');
    const run = wire();
    await run.start();
    const deadLetters = new DeadLetters(() => [sub]);
    try {
      await tick('poison-1');
      await tick('poison-1'); // held back behind the failing one
      await tick('healthy-1', 3);
      await eventually(
        async () => (await effects('healthy-1')).length === 3,
        'the healthy counter handled',
      );
      const [letter] = await eventually(async () => {
        const letters = (await deadLetters.list()).filter(
          (l) => l.event.aggregateId === 'poison-1',
        );
        return letters.length === 1 && letters;
      }, 'a dead letter');
      expect(letter).toMatchObject({
        context: 'sub',
        handler: 'sub.Recorder',
        attempts: 3,
        error: 'Error: cannot handle poison-1',
        event: expect.objectContaining({ name: 'pub.Ticked.v1', sequence: 1 }),
        firstFailedAt: expect.any(String),
        lastFailedAt: expect.any(String),
      });
      expect(await effects('poison-1')).toEqual([]);
      expect(await deadLetters.get(letter!.id)).toEqual(letter);

      poisoned.delete('poison-1');
      await deadLetters.replay(letter!.id);
      const rows = await eventually(async () => {
        const found = await effects('poison-1');
        return found.length === 2 && found;
      }, 'the replayed event and the one held back');
      expect(rows.map((r) => r.count)).toEqual([1, 2]);
      expect((await deadLetters.list()).filter((l) => l.event.aggregateId === 'poison-1')).toEqual(
        [],
      );
    } finally {
      await run.stop();
    }
  });

  it('counts a failure reported late for an attempt already recorded once, and never fails a dead letter again', async () => {
    poisoned.add('late-1');
    const run = wire();
    await run.start();
    type Failure = { id: string; attempts: number; last_error: string; last_failed_at: Date };
    let dead: Failure;
    try {
      await tick('late-1');
      [dead] = await eventually(async () => {
        const rows = await sub.query<Failure>(
          `select id, attempts, last_error, last_failed_at from inbox
           where aggregate_id = 'late-1' and status = 'dead'`,
        );
        return rows.length === 1 && (rows as [Failure]);
      }, 'a dead letter');
    } finally {
      await run.stop();
    }
    // A worker's rollback frees the row before it records the failure; another worker may claim
    // the same attempt meanwhile and report its failure later (run here by hand: the window is short).
    const [row] = await sub.query<{ envelope: unknown }>(
      `select envelope from inbox where id = $1`,
      [dead.id],
    );
    const lateWorker = new Inbox(sub, handlers, inboxOptions, log) as unknown as {
      recordFailure(row: object, error: Error): Promise<void>;
    };
    await lateWorker.recordFailure(
      {
        id: dead.id,
        handler: 'sub.Recorder',
        attempts: dead.attempts - 1,
        envelope: row!.envelope,
      },
      new Error('reported late'),
    );
    expect(
      await sub.query(`select id, attempts, last_error, last_failed_at from inbox where id = $1`, [
        dead.id,
      ]),
    ).toEqual([dead]);
  });

  it('handles a backlog in batches, and a failing event costs the rest of its batch nothing', async () => {
    const run = wire();
    const healthy = Array.from({ length: 12 }, (_, i) => `batch-${i}`);
    poisoned.add('batch-poison');
    for (const id of healthy.slice(0, 6)) await tick(id);
    await tick('batch-poison');
    for (const id of healthy.slice(6)) await tick(id);
    // The whole backlog is in the inbox before any worker runs.
    while ((await run.producers[0]!.deliverBatch()) > 0);
    await run.start();
    const deadLetters = new DeadLetters(() => [sub]);
    try {
      await eventually(
        async () => (await deadLetters.list()).some((l) => l.event.aggregateId === 'batch-poison'),
        'the poison event dead-lettered',
      );
      const rows = await sub.read((em) =>
        em.execute<{ counter_id: string; tx: string }[]>(
          `select counter_id, xmin::text as tx from effects where counter_id like 'batch-%'`,
        ),
      );
      expect(rows.map((r) => r.counter_id).sort()).toEqual([...healthy].sort());
      // The batch holding the poison event rolled back and reran one by one; the others
      // shared transactions (xmin: the transaction that inserted the row).
      expect(new Set(rows.map((r) => r.tx)).size).toBeLessThan(healthy.length);
    } finally {
      poisoned.delete('batch-poison');
      await run.stop();
    }
  });

  it('runs the deliveries of a `together` handler claimed in one batch as one unit of work', async () => {
    const since = new Date();
    const ids = Array.from({ length: 5 }, (_, i) => `together-${i}`);
    for (const id of ids) await tick(id);
    const envelopes = (await readEventLog(pub, [TickedV1.name], since)).filter((e) =>
      ids.includes(e.aggregateId),
    );
    const record = recorder(sub);
    const unitsSeen = async (together: boolean) => {
      const seen = new Set<unknown>();
      const inbox = new Inbox(
        sub,
        [
          {
            name: `sub.Units${together ? 'Together' : 'Apart'}`,
            contracts: [TickedV1],
            together,
            instance: {
              handle: async (event) => {
                seen.add(sub.em);
                if (together) return; // the recorder's rows would collide with the other run's
                await record.handle(event as Parameters<typeof record.handle>[0]);
              },
            },
          },
        ],
        inboxOptions,
        log,
      );
      await inbox.receive(envelopes);
      expect(await inbox.runBatch()).toBe(5);
      return seen.size;
    };
    expect(await unitsSeen(false)).toBe(5);
    expect(await unitsSeen(true)).toBe(1);
    expect((await effects()).filter((r) => ids.includes(r.counter_id))).toHaveLength(5);
  });

  /**
   * Transactions that handled a first event (taken at once after an idle spell), then
   * three events that arrive one at a time, 50 ms apart, while the process is as busy as
   * `load` says and the linger is 800 ms.
   */
  async function lingering(prefix: string, load: number): Promise<number> {
    const transport = new InProcessTransport();
    const inbox = new Inbox(
      sub,
      handlers,
      { ...inboxOptions, workers: 1, lingerMs: 800, load: () => load },
      log,
    );
    void transport.subscribe({
      context: 'sub',
      names: inbox.eventNames,
      receive: (e) => inbox.receive(e),
    });
    const relay = new Relay(pub, transport, relayOptions, log);
    const txOf = async () =>
      (
        await sub.query<{ tx: string }>(
          `select xmin::text as tx from effects where counter_id like $1 || '%'`,
          [prefix],
        )
      ).map((row) => row.tx);
    await inbox.start();
    try {
      await tick(`${prefix}first`);
      while ((await relay.deliverBatch()) > 0);
      await eventually(async () => (await txOf()).length === 1, 'the first event');
      for (const id of ['a', 'b', 'c']) {
        await tick(`${prefix}${id}`);
        while ((await relay.deliverBatch()) > 0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const txs = await eventually(async () => {
        const found = await txOf();
        return found.length === 4 && found;
      }, 'the three later events');
      return new Set(txs).size;
    } finally {
      await Promise.all([inbox.stop(), relay.stop()]);
    }
  }

  it('lets a worker of a busy process gather deliveries before it claims again (MESSAGING_INBOX_LINGER_MS)', async () => {
    // After the first event the worker waits: the three later ones make one batch.
    expect(await lingering('linger-busy-', 1)).toBe(2);
  });

  it('claims again at once in a process that is mostly idle: no wait added to any hop', async () => {
    expect(await lingering('linger-idle-', 0.2)).toBe(4);
  });

  it('claims by walking the index in arrival order, also when its statistics predate the backlog', async () => {
    const explain = (sql: string, params: unknown[]) =>
      sub.orm.em
        .fork()
        .transactional((em) =>
          runStatement<{ 'QUERY PLAN': unknown }>(
            em,
            `explain (analyze, buffers, format json) ${sql}`,
            params,
          ),
        )
        .then((rows) => JSON.stringify(rows[0]!['QUERY PLAN']));
    // Statistics taken while the inbox held (next to) no pending row, then a backlog the planner does
    // not know about (autovacuum kept out of the way so that it stays unknown).
    await sub.read(async (em) => {
      await em.execute('alter table inbox set (autovacuum_enabled = false)');
      // As after a drain: thousands of handled rows, none pending.
      await em.execute(
        `insert into inbox (id, event_id, handler, name, source, aggregate_id, sequence, envelope, status)
         select gen_random_uuid(), gen_random_uuid(), 'sub.Recorder', 'pub.Ticked.v1', 'pub',
                'stale-done-' || n, 1, '{}', 'done'
         from generate_series(1, 3000) as n`,
      );
      await em.execute('analyze inbox');
      await em.execute(
        `insert into inbox (id, event_id, handler, name, source, aggregate_id, sequence, envelope, status)
         select gen_random_uuid(), gen_random_uuid(), 'sub.Recorder', 'pub.Ticked.v1', 'pub',
                'stale-' || n, 1, jsonb_build_object('padding', repeat('x', 500)), 'pending'
         from generate_series(1, 5000) as n`,
      );
    });
    const pagesTouched = (plan: string) => {
      const { 'Shared Hit Blocks': hit, 'Shared Read Blocks': read } = (
        JSON.parse(plan) as { Plan: Record<string, number> }[]
      )[0]!.Plan;
      return hit! + read!;
    };
    try {
      // Left to itself, the planner once read and sorted every pending row here, and once
      // scanned every unfinished row for each row it claimed (an anti-join): hundreds to
      // thousands of pages. The claim walks the index and stops at its limit (its second run:
      // the first also plans, which reads the catalogue; the function's pages include its query's).
      await explain(INBOX_CLAIM, [['sub.Recorder'], 8]);
      // The walk itself touches a few dozen pages; marking the 8 rows done touches each
      // one's heap page and index entries. A scan of the backlog touched 10,000.
      expect(pagesTouched(await explain(INBOX_CLAIM, [['sub.Recorder'], 8]))).toBeLessThan(250);
    } finally {
      await sub.read(async (em) => {
        await em.execute(`delete from inbox where aggregate_id like 'stale-%'`);
        await em.execute('alter table inbox reset (autovacuum_enabled)');
      });
    }
  });

  it('claims in one round trip whose settings hold for the claim only, with the condition of TURN_HAS_COME', async () => {
    const single = await openTestContext({ databaseUrl, context: 'sub', poolSize: 1 });
    try {
      const [seen] = await single.orm.em.fork().transactional(async (em) => {
        for (let i = 0; i < 3; i++) await runStatement(em, INBOX_CLAIM, [['sub.Recorder'], 8]);
        return runStatement<{ config: string[]; body: string; sort: string; mode: string }>(
          em,
          `select p.proconfig as config, p.prosrc as body,
                  current_setting('enable_sort') as sort, current_setting('plan_cache_mode') as mode
           from pg_proc p where p.proname = 'claim_inbox' and p.pronamespace = 'sub'::regnamespace`,
        );
      });
      expect(seen!.config).toEqual(
        expect.arrayContaining(['enable_sort=off', 'plan_cache_mode=force_generic_plan']),
      );
      // The connection's own settings are untouched by the claims.
      expect([seen!.sort, seen!.mode]).toEqual(['on', 'auto']);
      // The function is a migration's frozen copy: a change to TURN_HAS_COME needs a new one.
      const words = (sql: string) => sql.replace(/\s+/g, ' ').trim();
      expect(words(seen!.body)).toContain(words(TURN_HAS_COME));
    } finally {
      await single.close();
    }
  });

  /** A relay and an inbox that poll once a minute: only a wake-up can deliver in time. */
  async function slowPollers(writer: ContextDatabase = pub) {
    const transport = new InProcessTransport();
    const inbox = new Inbox(sub, handlers, { ...inboxOptions, pollMs: 60_000 }, log);
    await transport.subscribe({
      context: 'sub',
      names: new Set([TickedV1.name]),
      receive: (envelopes) => inbox.receive(envelopes),
    });
    const relay = new Relay(pub, transport, { ...relayOptions, pollMs: 60_000 }, log);
    // What a process that writes but does not run the relay holds (MESSAGING_RUN=false).
    const idle = writer === pub ? undefined : new Relay(writer, transport, relayOptions, log);
    await Promise.all([relay.start(), inbox.start()]);
    await new Promise((resolve) => setTimeout(resolve, 100)); // both now wait
    return { stop: () => Promise.all([relay.stop(), inbox.stop(), idle?.stop()]) };
  }

  /** Waits for one effect of `counterId`, for no longer than a wake-up may take (the poll is a minute). */
  const handledOnWakeup = (counterId: string, what: string) =>
    eventually(async () => (await effects(counterId)).length === 1, what, 5_000);

  it('wakes the relay of the writing process directly: no NOTIFY inside the writer’s transaction', async () => {
    const notifications: string[] = [];
    const watcher = new pg.Client({ connectionString: clusterUrl(databaseName) });
    await watcher.connect();
    watcher.on('notification', ({ channel }) => notifications.push(channel));
    await watcher.query('listen pub_outbox');
    await watcher.query('listen sub_inbox');
    const run = await slowPollers();
    try {
      // The relay's channel (pub_outbox) and the inbox's (sub_inbox) share one connection.
      const listening = await adminQuery(
        `select count(*)::int as n from pg_stat_activity
         where datname = $1 and query ilike 'listen %' and pid <> pg_backend_pid()`,
        [databaseName],
        databaseName,
      );
      expect(listening.rows[0].n).toBe(2); // the shared connection and the watcher
      await tick('woken-1');
      await handledOnWakeup('woken-1', 'delivered on the in-process wake-up');
      expect(notifications).toEqual([]);
    } finally {
      await run.stop();
      await watcher.end();
    }
  });

  it('wakes the relay of another process with a NOTIFY after the writer’s commit', async () => {
    const writer = await openPublisher(databaseUrl);
    const run = await slowPollers(writer);
    try {
      await tickCounter(writer, 'notified-1');
      await handledOnWakeup('notified-1', 'delivered on the notification');
    } finally {
      await run.stop();
      await writer.close();
    }
  });

  it('wakes the inbox when a dead letter is replayed', async () => {
    const run = await slowPollers();
    const deadLetters = new DeadLetters(() => [sub]);
    try {
      poisoned.add('revived-1');
      await tick('revived-1');
      const letter = await eventually(
        async () => (await deadLetters.list()).find((l) => l.event.aggregateId === 'revived-1'),
        'the event dead-lettered',
      );
      poisoned.delete('revived-1');
      await new Promise((resolve) => setTimeout(resolve, 100)); // the workers wait again
      await deadLetters.replay(letter.id);
      await handledOnWakeup('revived-1', 'the replayed event handled on the wake-up');
    } finally {
      await run.stop();
    }
  });

  it('sends an event that breaks its schema at consume straight to the dead letters', async () => {
    const run = wire();
    const [valid] = (await readEventLog(pub, [TickedV1.name], new Date(0))).slice(-1);
    const broken: EventEnvelope = {
      ...valid!,
      id: '00000000-0000-4000-8000-000000000001',
      aggregateId: 'broken-1',
      payload: { counterId: 'broken-1', count: 'three' },
    };
    await run.transport.publish([broken]);
    const letters = await new DeadLetters(() => [sub]).list();
    const letter = letters.find((l) => l.event.id === broken.id);
    expect(letter).toMatchObject({
      attempts: 0,
      error: expect.stringMatching(/^schema violation: .*\/count must be integer/),
    });
    expect(letter!.error).toContain('label');
  });

  it('replays a handler’s events from a point in time, out of the event log', async () => {
    await tick('replay-1', 2);
    const run = wire();
    await run.start();
    try {
      await eventually(async () => (await effects('replay-1')).length === 2, 'first handling');
      const since = new Date(Date.now() - 60_000);
      const events = await readEventLog(pub, [TickedV1.name], since);
      expect(events.some((e) => e.aggregateId === 'replay-1')).toBe(true);
      const requeued = await run.consumers[0]!.requeue(
        'sub.Recorder',
        events.filter((e) => e.aggregateId === 'replay-1'),
      );
      expect(requeued).toBe(2);
      await eventually(
        async () => (await effects('replay-1')).length === 4,
        'handled again after the replay',
      );
      expect(await readEventLog(pub, [TickedV1.name], new Date(Date.now() + 60_000))).toEqual([]);
    } finally {
      await run.stop();
    }
  });

  it('purges published events and handled deliveries after the retention period', async () => {
    await pub.read((em) =>
      em.execute(
        `update outbox set recorded_at = now() - interval '31 days' where aggregate_id = 'flow-1'`,
      ),
    );
    const before = await outboxCount(`aggregate_id = 'flow-1'`);
    expect(before).toBe(3);
    expect(await purgeExpired(pub, 30)).toBe(3);
    expect(await outboxCount(`aggregate_id = 'flow-1'`)).toBe(0);
    expect(await outboxCount()).toBeGreaterThan(0);
  });
});
