import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { EventEnvelope } from '../../../src/platform/messaging/envelope.js';
import { readEventLog } from '../../../src/platform/messaging/event-log.js';
import { Inbox } from '../../../src/platform/messaging/inbox.js';
import { BrokerConnection } from '../../../src/platform/messaging/nats/broker-connection.js';
import { ConsumerLease } from '../../../src/platform/messaging/nats/consumer-lease.js';
import { JetStreamTransport } from '../../../src/platform/messaging/nats/jetstream-transport.js';
import { subjectOf } from '../../../src/platform/messaging/nats/subjects.js';
import { Relay } from '../../../src/platform/messaging/relay.js';
import {
  type EventTransport,
  PartialPublish,
  type Subscription,
} from '../../../src/platform/messaging/transport.js';
import { createLogger } from '../../../src/platform/observability/logger.js';
import type { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import { eventually } from '../../support/context-database.js';
import {
  openConsumer,
  openPublisher,
  recorder,
  tick as tickCounter,
  TickedV1,
} from '../../support/counters.js';
import { createTestDatabase } from '../../support/database.js';
import { type NatsServer, startNatsServer } from '../../support/nats-server.js';

/**
 * The JetStream transport against a real nats-server: the producer's relay
 * and the consumer's inbox each on a connection of their own, as two
 * processes would be.
 */
describe('integration events over NATS JetStream (real nats-server, real PostgreSQL)', () => {
  const log = createLogger('silent');
  let nats: NatsServer;
  let drop: () => Promise<void>;
  let pub: ContextDatabase;
  let sub: ContextDatabase;
  const open: { close(): Promise<void> }[] = [];

  const transport = (options: { ackWaitMs?: number } = {}) => {
    const connection = new BrokerConnection(
      {
        url: nats.url,
        name: 'test',
        retentionDays: 30,
        duplicateWindowMs: 60_000,
        retryMs: 100,
      },
      log,
    );
    connection.start();
    const created = new JetStreamTransport(
      connection,
      {
        publishTimeoutMs: 2_000,
        consumer: { batchSize: 16, retryMs: 50, ackWaitMs: options.ackWaitMs ?? 30_000 },
      },
      log,
    );
    open.push(created);
    return created;
  };

  const inbox = () =>
    new Inbox(
      sub,
      [{ name: 'sub.Recorder', contracts: [TickedV1], instance: recorder(sub) }],
      { workers: 1, batchSize: 8, maxAttempts: 3, backoffBaseMs: 5, backoffMaxMs: 40, pollMs: 50 },
      log,
    );

  const subscription = (
    consumer: Inbox,
    receive?: (envelopes: readonly EventEnvelope[]) => Promise<void>,
  ): Subscription => ({
    context: 'sub',
    names: new Set([TickedV1.name]),
    receive: receive ?? ((envelopes) => consumer.receive(envelopes)),
  });

  /** A relay publishing on a connection of its own and a started inbox, both stopped after the test. */
  async function relayAndInbox() {
    const relay = new Relay(pub, transport(), { batchSize: 50, pollMs: 50, retryMs: 20 }, log);
    const consumer = inbox();
    await consumer.start();
    open.push({ close: () => Promise.all([relay.stop(), consumer.stop()]).then(() => undefined) });
    return { relay, consumer };
  }

  /** The relay, and the inbox fed by the durable consumer on another connection. */
  async function wire(receive?: (envelopes: readonly EventEnvelope[]) => Promise<void>) {
    const { relay, consumer } = await relayAndInbox();
    await transport().subscribe(subscription(consumer, receive));
    await relay.start();
    return { consumer };
  }

  const tick = (id: string, times = 1) => tickCounter(pub, id, times);
  const effects = async (counterId: string) =>
    sub.read((em) =>
      em.execute<{ event_id: string; count: number }[]>(
        'select event_id, count from effects where counter_id = ? order by at',
        [counterId],
      ),
    );
  const count = async (db: ContextDatabase, sql: string, params: unknown[] = []) =>
    Number((await db.read((em) => em.execute<{ n: string }[]>(sql, params)))[0]!.n);
  const streamMessages = async () => {
    const connection = await connect({ servers: nats.url });
    try {
      const info = await (await jetstreamManager(connection)).streams.info('EVENTS_PUB');
      return info.state.messages;
    } finally {
      await connection.close();
    }
  };

  beforeAll(async () => {
    nats = await startNatsServer();
    const database = await createTestDatabase();
    drop = database.drop;
    pub = await openPublisher(database.url);
    sub = await openConsumer(database.url);
  });

  afterEach(async () => {
    for (const each of open.splice(0).reverse()) await each.close();
  });

  afterAll(async () => {
    await pub?.close();
    await sub?.close();
    await drop?.();
    await nats?.dispose();
  });

  it('stores an event once however often it is published (the event id is the message id)', async () => {
    await tick('dedupe-1', 2);
    const envelopes = (await readEventLog(pub, [TickedV1.name], new Date(0))).filter(
      (e) => e.aggregateId === 'dedupe-1',
    );
    const producer = transport();
    await producer.broker.waitConnected(5_000);
    const before = await streamMessages().catch(() => 0);
    await producer.publish(envelopes);
    await producer.publish(envelopes);
    await producer.publish([envelopes[1]!]);
    expect((await streamMessages()) - before).toBe(2);
  });

  it('carries the event’s trace context in the message’s traceparent header', async () => {
    await tick('traced-1');
    const [envelope] = (await readEventLog(pub, [TickedV1.name], new Date(0))).filter(
      (e) => e.aggregateId === 'traced-1',
    );
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const producer = transport();
    await producer.broker.waitConnected(5_000);
    await producer.publish([{ ...envelope!, id: crypto.randomUUID(), traceparent }]);
    const connection = await connect({ servers: nats.url });
    try {
      const streams = (await jetstreamManager(connection)).streams;
      const last = await streams.getMessage('EVENTS_PUB', {
        last_by_subj: subjectOf(TickedV1.name),
      });
      expect(last?.header.get('traceparent')).toBe(traceparent);
    } finally {
      await connection.close();
    }
  });

  it('delivers every event once, each aggregate in order, and acknowledges after the inbox stored it', async () => {
    await wire();
    const ids = Array.from({ length: 8 }, (_, i) => `flow-${i}`);
    await Promise.all(
      ids.map(async (id) => {
        for (let i = 0; i < 4; i++) await tick(id);
      }),
    );
    for (const id of ids) {
      const rows = await eventually(async () => {
        const found = await effects(id);
        return found.length >= 4 && found;
      }, `four effects of ${id}`);
      expect(rows.map((r) => r.count)).toEqual([1, 2, 3, 4]);
    }
    await eventually(
      async () =>
        (await count(pub, 'select count(*) as n from outbox where published_at is null')) === 0,
      'the outbox marked published',
    );
  });

  it('redelivers what was stored but not acknowledged, and the inbox drops the second copy', async () => {
    let failed = 0;
    // The inbox commits, then the "process" fails before its acknowledgement.
    const { consumer } = await wire(async (envelopes) => {
      await consumer.receive(envelopes);
      if (envelopes.some((e) => e.aggregateId === 'crash-1') && failed++ === 0)
        throw new Error('killed between the inbox commit and the ack');
    });
    await tick('crash-1', 3);
    await eventually(async () => (await effects('crash-1')).length >= 3, 'three effects');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(failed).toBeGreaterThanOrEqual(2);
    expect((await effects('crash-1')).map((r) => r.count)).toEqual([1, 2, 3]);
    expect(await count(sub, `select count(*) as n from inbox where aggregate_id = 'crash-1'`)).toBe(
      3,
    );
  });

  it('keeps taking events while the broker is down and delivers each once when it is back', async () => {
    await wire();
    await tick('outage-1', 2);
    await eventually(async () => (await effects('outage-1')).length >= 2, 'delivery before');
    await nats.stop();
    for (let i = 0; i < 10; i++) await tick(`outage-${i % 3}`);
    expect(
      await count(pub, 'select count(*) as n from outbox where published_at is null'),
    ).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await nats.start();
    await eventually(
      async () =>
        (await count(pub, 'select count(*) as n from outbox where published_at is null')) === 0,
      'the outbox drained after the outage',
      30_000,
    );
    const expected = { 'outage-0': 4, 'outage-1': 5, 'outage-2': 3 };
    for (const [id, n] of Object.entries(expected)) {
      const rows = await eventually(async () => {
        const found = await effects(id);
        return found.length >= n && found;
      }, `${n} effects of ${id}`);
      expect(rows.map((r) => r.count)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    }
  }, 60_000);

  it('replays a producer’s events from its stream, from a point in time', async () => {
    await wire();
    await tick('replay-1', 2);
    await eventually(async () => (await effects('replay-1')).length >= 2, 'first two');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const since = new Date();
    await tick('replay-1', 3);
    await eventually(async () => (await effects('replay-1')).length >= 5, 'all five');
    const reader = transport();
    await reader.broker.waitConnected(5_000);
    const replayed = (await reader.eventLog.read('pub', [TickedV1.name], since)).filter(
      (e) => e.aggregateId === 'replay-1',
    );
    expect(replayed.map((e) => e.sequence)).toEqual([3, 4, 5]);
    expect(await reader.eventLog.read('pub', ['pub.Other.v1'], since)).toEqual([]);
  });

  it('lets one replica of a consuming context pull at a time, and another take over when it stops', async () => {
    const { relay, consumer } = await relayAndInbox();
    const received = [0, 0];
    const replicas = [transport(), transport()];
    for (const [i, replica] of replicas.entries()) {
      await replica.subscribe({
        ...subscription(consumer, async (envelopes) => {
          received[i]! += envelopes.length;
          await consumer.receive(envelopes);
        }),
        lease: new ConsumerLease(sub.url!, 'sub', log),
      });
    }
    await relay.start();
    const ids = ['replica-1', 'replica-2', 'replica-3'];
    await Promise.all(ids.map((id) => tick(id, 4)));
    for (const id of ids) {
      const rows = await eventually(async () => {
        const found = await effects(id);
        return found.length >= 4 && found;
      }, `four effects of ${id}`);
      expect(rows.map((r) => r.count)).toEqual([1, 2, 3, 4]);
    }
    const active = received[0]! > 0 ? 0 : 1;
    expect(received[1 - active]).toBe(0);

    await replicas[active]!.close();
    await tick('replica-1', 2);
    await eventually(async () => (await effects('replica-1')).length >= 6, 'the other replica');
    expect(received[1 - active]).toBeGreaterThan(0);
    expect((await effects('replica-1')).map((r) => r.count)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes a consumer lease once when a process asks for it several times at once', async () => {
    const mine = new ConsumerLease(sub.url!, 'lease-race', log);
    const other = new ConsumerLease(sub.url!, 'lease-race', log);
    try {
      // The context's consumers of several streams ask together: all of them hold it.
      expect(await Promise.all([mine.acquire(), mine.acquire(), mine.acquire()])).toEqual([
        true,
        true,
        true,
      ]);
      // Another process does not.
      expect(await other.acquire()).toBe(false);
    } finally {
      await mine.release();
      await other.release();
    }
  });

  it('keeps an aggregate in order when the replica that had its event out dies and another takes over', async () => {
    const { relay, consumer } = await relayAndInbox();
    const mine = (envelopes: readonly EventEnvelope[]) =>
      envelopes.filter((e) => e.aggregateId === 'handover-1').map((e) => e.sequence);
    // The first replica stores nothing and never acknowledges: it hangs, as if killed.
    let dying = false;
    let release!: (error: Error) => void;
    const hung = new Promise<void>((_resolve, reject) => (release = reject));
    const firstLease = new ConsumerLease(sub.url!, 'handover', log);
    await transport({ ackWaitMs: 5_000 }).subscribe({
      context: 'handover',
      names: new Set([TickedV1.name]),
      lease: firstLease,
      receive: async (envelopes) => {
        if (mine(envelopes).length === 0) return consumer.receive(envelopes);
        dying = true;
        return hung;
      },
    });
    await eventually(() => Promise.resolve(firstLease.held), 'the first replica to hold the lease');
    const secondSaw: number[] = [];
    await transport({ ackWaitMs: 5_000 }).subscribe({
      context: 'handover',
      names: new Set([TickedV1.name]),
      lease: new ConsumerLease(sub.url!, 'handover', log),
      receive: async (envelopes) => {
        secondSaw.push(...mine(envelopes));
        await consumer.receive(envelopes);
      },
    });
    await relay.start();
    try {
      await tick('handover-1');
      await eventually(() => Promise.resolve(dying), 'the first replica to take event 1');
      await firstLease.release();
      // Once the dead replica's pull has run out, later events go to the other replica while
      // event 1 is still out (until the ack wait ends).
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await tick('handover-1', 3);
      const rows = await eventually(async () => {
        const found = await effects('handover-1');
        return found.length >= 4 && found;
      }, 'four effects after the handover');
      expect(rows.map((r) => r.count)).toEqual([1, 2, 3, 4]);
      expect(secondSaw[0]).toBe(1);
    } finally {
      release(new Error('the first replica is gone'));
    }
  });

  it('starts with the broker down, says so, and connects when it comes up', async () => {
    await nats.stop();
    const late = transport();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(late.broker.current).toMatchObject({
        status: 'connecting',
        lastError: expect.any(String),
      });
      await expect(late.publish([{ id: 'x' } as EventEnvelope])).rejects.toThrow(/is connecting/);
    } finally {
      await nats.start();
    }
    await late.broker.waitConnected(10_000);
    expect(late.broker.current.status).toBe('connected');
  });

  it('reports a server without JetStream instead of using it', async () => {
    const plain = await startNatsServer({ jetstream: false });
    try {
      const connection = new BrokerConnection(
        { url: plain.url, name: 'test', retentionDays: 1, duplicateWindowMs: 1000, retryMs: 100 },
        log,
      );
      connection.start();
      open.push(connection);
      await eventually(
        () => Promise.resolve(/jetstream/i.test(connection.current.lastError ?? '')),
        'the state to name JetStream',
      );
      expect(connection.current.status).toBe('connecting');
    } finally {
      await plain.dispose();
    }
  });

  it('marks only what the transport stored: each aggregate up to its first failure', async () => {
    await tick('partial-a', 3);
    await tick('partial-b', 1);
    const seen: EventEnvelope[] = [];
    const failing: EventTransport = {
      subscribe: () => Promise.resolve(),
      close: () => Promise.resolve(),
      publish(envelopes) {
        const mine = envelopes.filter((e) => e.aggregateId.startsWith('partial-'));
        seen.push(...mine);
        // a-1 and a-3 stored, a-2 failed; b-1 stored: a-3 must not count.
        const stored = mine.filter((e) => e.aggregateId === 'partial-b' || e.sequence !== 2);
        return Promise.reject(
          new PartialPublish(new Set(stored.map((e) => e.id)), new Error('timeout')),
        );
      },
    };
    const relay = new Relay(pub, failing, { batchSize: 200, pollMs: 50, retryMs: 20 }, log);
    await expect(relay.deliverBatch()).rejects.toThrow(PartialPublish);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    const published = await pub.read((em) =>
      em.execute<{ aggregate_id: string; sequence: string }[]>(
        `select aggregate_id, sequence from outbox
         where aggregate_id like 'partial-%' and published_at is not null order by 1, 2`,
      ),
    );
    expect(published.map((r) => `${r.aggregate_id}#${r.sequence}`)).toEqual([
      'partial-a#1',
      'partial-b#1',
    ]);
  });
});
