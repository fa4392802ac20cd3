import pino from 'pino';
import type { AppConfig } from '../../../src/platform/config/config.js';
import { PipelineBacklog } from '../../../src/platform/messaging/backpressure/pipeline-backlog.js';
import type { EventEnvelope } from '../../../src/platform/messaging/envelope.js';
import { readEventLog } from '../../../src/platform/messaging/event-log.js';
import { Inbox } from '../../../src/platform/messaging/inbox.js';
import { Relay } from '../../../src/platform/messaging/relay.js';
import { InProcessTransport } from '../../../src/platform/messaging/transport.js';
import { createLogger } from '../../../src/platform/observability/logger.js';
import type { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import type { DatabaseServer } from '../../../src/platform/persistence/database-server.js';
import { eventually } from '../../support/context-database.js';
import { openConsumer, openPublisher, recorder, tick, TickedV1 } from '../../support/counters.js';
import { createTestDatabase } from '../../support/database.js';

/** Deliveries handled in the transaction that stores them (ADR 0034). */
describe('handling on receipt (real PostgreSQL)', () => {
  let drop: () => Promise<void>;
  let pub: ContextDatabase;
  let sub: ContextDatabase;
  const failing = new Set<string>();
  const log = createLogger('silent');
  const inboxOptions = {
    workers: 1,
    batchSize: 8,
    maxAttempts: 5,
    backoffBaseMs: 5,
    backoffMaxMs: 20,
    pollMs: 50,
  };

  /** A handler that records, per handler, which event of which counter it ran, in order. */
  const handledBy = (handler: string) => ({
    name: `sub.${handler}`,
    contracts: [TickedV1],
    instance: {
      async handle(event: EventEnvelope<{ counterId: string }>) {
        const key = `${handler}/${event.payload.counterId}`;
        if (failing.has(key) || failing.has(`${key}#${event.sequence}`)) throw new Error('not now');
        await sub.em.execute(
          'insert into handled (handler, counter_id, sequence) values (?, ?, ?)',
          [handler, event.payload.counterId, event.sequence],
        );
      },
    },
  });

  const inboxOf = (...handlers: string[]) =>
    new Inbox(
      sub,
      handlers.length > 0
        ? handlers.map(handledBy)
        : [{ name: 'sub.Recorder', contracts: [TickedV1], instance: recorder(sub) }],
      inboxOptions,
      log,
    );

  const eventsOf = async (counterId: string) =>
    (await readEventLog(pub, [TickedV1.name], new Date(0))).filter(
      (envelope) => envelope.aggregateId === counterId,
    );

  const handled = async (counterId: string) =>
    (
      await sub.query<{ handler: string; sequence: number }>(
        `select handler, sequence from handled where counter_id = $1 order by at`,
        [counterId],
      )
    ).map((row) => `${row.handler}#${row.sequence}`);

  const inboxRows = (counterId: string) =>
    sub.query<{ handler: string; sequence: number; status: string; attempts: number }>(
      `select handler, sequence::int, status, attempts from inbox
       where aggregate_id = $1 order by sequence, handler`,
      [counterId],
    );

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    pub = await openPublisher(database.url);
    sub = await openConsumer(database.url);
    await sub.query(
      'create table handled (handler text not null, counter_id text not null, sequence int not null, at timestamptz not null default clock_timestamp())',
    );
  });

  afterAll(async () => {
    await pub?.close();
    await sub?.close();
    await drop?.();
  });

  beforeEach(() => failing.clear());

  it('handles a delivery in the transaction that stores it: done at once, no worker needed', async () => {
    await tick(pub, 'now-1', 2);
    const inbox = inboxOf('A', 'B');
    // Not started: no worker runs.
    await inbox.receiveAndHandle(await eventsOf('now-1'));
    expect(await handled('now-1')).toEqual(['A#1', 'B#1', 'A#2', 'B#2']);
    expect(await inboxRows('now-1')).toEqual([
      { handler: 'sub.A', sequence: 1, status: 'done', attempts: 1 },
      { handler: 'sub.B', sequence: 1, status: 'done', attempts: 1 },
      { handler: 'sub.A', sequence: 2, status: 'done', attempts: 1 },
      { handler: 'sub.B', sequence: 2, status: 'done', attempts: 1 },
    ]);
    const [{ txs }] = (await sub.query<{ txs: number }>(
      `select count(distinct xmin::text)::int as txs from inbox where aggregate_id = 'now-1'`,
    )) as [{ txs: number }];
    expect(txs).toBe(1);
  });

  it('drops a redelivery of what it handled', async () => {
    await tick(pub, 'again-1');
    const inbox = inboxOf('A');
    const events = await eventsOf('again-1');
    await inbox.receiveAndHandle(events);
    await inbox.receiveAndHandle(events);
    expect(await handled('again-1')).toEqual(['A#1']);
  });

  it('leaves an event to the workers while an earlier one of its aggregate is unfinished, and they keep the order', async () => {
    await tick(pub, 'behind-1', 2);
    const [first, second] = await eventsOf('behind-1');
    const inbox = inboxOf('A', 'B');
    failing.add('B/behind-1#1');
    await inbox.receiveAndHandle([first!]);
    // B failed: the receipt rolled back and stored event 1 for the workers, for both handlers.
    expect(await handled('behind-1')).toEqual([]);
    await inbox.receiveAndHandle([second!]);
    expect(await handled('behind-1')).toEqual([]);
    expect((await inboxRows('behind-1')).map((row) => row.status)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    failing.clear();
    await inbox.start();
    try {
      const order = await eventually(async () => {
        const found = await handled('behind-1');
        return found.length === 4 && found;
      }, 'both events handled by both handlers');
      expect(order.indexOf('B#1')).toBeLessThan(order.indexOf('A#2'));
      expect(order.indexOf('A#1')).toBeLessThan(order.indexOf('A#2'));
      expect(order.indexOf('B#1')).toBeLessThan(order.indexOf('B#2'));
    } finally {
      await inbox.stop();
    }
  });

  it('rolls back every effect of a receipt that fails and gives its deliveries to the workers, who apply each once', async () => {
    for (const id of ['fail-1', 'fail-2', 'fail-3']) await tick(pub, id);
    const events = (await Promise.all(['fail-1', 'fail-2', 'fail-3'].map(eventsOf))).flat();
    const inbox = inboxOf('A');
    failing.add('A/fail-2');
    await inbox.receiveAndHandle(events);
    expect(await handled('fail-1')).toEqual([]);
    expect((await inboxRows('fail-1')).map((row) => [row.status, row.attempts])).toEqual([
      ['pending', 0],
    ]);
    await inbox.start();
    try {
      await eventually(
        async () => (await handled('fail-1')).length + (await handled('fail-3')).length === 2,
        'the others handled by the workers',
      );
      await eventually(
        async () => (await inboxRows('fail-2'))[0]!.status === 'dead',
        'the failing one dead-lettered',
      );
      expect(await handled('fail-1')).toEqual(['A#1']);
      expect(await handled('fail-3')).toEqual(['A#1']);
      expect(await handled('fail-2')).toEqual([]);
    } finally {
      await inbox.stop();
    }
  });

  it('dead-letters a delivery that breaks its contract and leaves its aggregate’s later events to the workers', async () => {
    await tick(pub, 'broken-1', 2);
    const [first, second] = await eventsOf('broken-1');
    const broken = { ...first!, payload: { ...first!.payload, count: 'one' } };
    await inboxOf('A').receiveAndHandle([broken, second!]);
    expect(await handled('broken-1')).toEqual([]);
    expect((await inboxRows('broken-1')).map((row) => [row.sequence, row.status])).toEqual([
      [1, 'dead'],
      [2, 'pending'],
    ]);
  });

  it('carries every event from the outbox once and in order when the relay delivers on receipt', async () => {
    const transport = new InProcessTransport();
    const inbox = inboxOf();
    await transport.subscribe({
      context: 'sub',
      names: inbox.eventNames,
      receive: (envelopes) => inbox.receive(envelopes),
      receiveAndHandle: (envelopes) => inbox.receiveAndHandle(envelopes),
    });
    const relay = new Relay(pub, transport, { batchSize: 100, pollMs: 50, retryMs: 20 }, log);
    // Committed before the relay starts: its batch holds each counter's four events.
    const ids = Array.from({ length: 8 }, (_, i) => `flow-${i}`);
    await Promise.all(
      ids.map(async (id) => {
        for (let i = 0; i < 4; i++) await tick(pub, id);
      }),
    );
    await Promise.all([relay.start(), inbox.start()]);
    try {
      await eventually(async () => {
        const [row] = await sub.query<{ n: number }>(
          `select count(*)::int as n from effects where counter_id like 'flow-%'`,
        );
        return row!.n === 32;
      }, 'every event handled');
      for (const id of ids) {
        const rows = await sub.query<{ count: number }>(
          'select count from effects where counter_id = $1 order by at',
          [id],
        );
        expect(rows.map((row) => row.count)).toEqual([1, 2, 3, 4]);
      }
      // Handled on receipt: stored done, at the first attempt, in the transaction that stored
      // it (a worker's claim would have come after the row's own insert), a counter's events
      // together.
      const [rows] = await sub.query<{ n: number; onReceipt: number; txs: number }>(
        `select count(*)::int as n,
                count(*) filter (where status = 'done' and attempts = 1
                                 and handled_at = received_at)::int as "onReceipt",
                max(txs)::int as txs
         from inbox
         join (select aggregate_id, count(distinct xmin::text) as txs from inbox
               group by aggregate_id) per_counter using (aggregate_id)
         where aggregate_id like 'flow-%'`,
      );
      expect(rows).toEqual({ n: 32, onReceipt: 32, txs: 1 });
    } finally {
      await Promise.all([relay.stop(), inbox.stop()]);
    }
  });

  it('counts the outbox’s undelivered events as the pipeline’s backlog where deliveries are handled on receipt', async () => {
    await pub.query(`update outbox set published_at = now() where published_at is null`);
    await tick(pub, 'late-1');
    await pub.query(
      `update outbox set recorded_at = now() - interval '5 seconds' where aggregate_id = 'late-1'`,
    );
    const backlog = (config: Partial<AppConfig>) =>
      new PipelineBacklog(
        { databases: [pub] } as unknown as DatabaseServer,
        {
          BACKPRESSURE_MAX_LAG_MS: 1000,
          BACKPRESSURE_SAMPLE_MS: 100,
          MESSAGING_HANDLE_ON_RECEIPT: true,
          ...config,
        } as AppConfig,
        pino({ level: 'silent' }),
      );
    const onReceipt = backlog({});
    await onReceipt.sample();
    expect(onReceipt.overloaded).toEqual({ context: 'pub', lagMs: expect.any(Number) });
    expect(onReceipt.overloaded!.lagMs).toBeGreaterThanOrEqual(5000);
    // Stored for the workers, or with a broker (whose outage fills the outbox by design): inboxes only.
    for (const config of [
      { MESSAGING_HANDLE_ON_RECEIPT: false },
      { NATS_URL: 'nats://127.0.0.1:4222' },
    ]) {
      const inboxOnly = backlog(config);
      await inboxOnly.sample();
      expect(inboxOnly.overloaded).toBeUndefined();
    }
    await pub.query(`update outbox set published_at = now() where aggregate_id = 'late-1'`);
    await onReceipt.sample();
    expect(onReceipt.overloaded).toBeUndefined();
  });
});
