/**
 * A relay and a consumer in a process of their own, for the crash-safety
 * test, which kills it with SIGKILL at random moments. While it runs it keeps
 * committing events (mode `load`) and may kill itself at the moments that
 * matter most: after a handler's effect but before its inbox row commits, and
 * after a delivery is stored in the inbox but before it is acknowledged (in
 * process: before the outbox row is marked published; over NATS
 * (`CRASH_NATS_URL`): before the broker gets the ack), and over NATS also
 * after the broker stored a batch but before the outbox row is marked. With
 * `CRASH_ON_RECEIPT=1` (in process) the inbox handles each delivery in the
 * transaction that stores it, so "after the effect" is inside the receipt.
 * In mode `drain` it only delivers, and exits once nothing is left.
 */
import { writeSync } from 'node:fs';
import type { EventEnvelope } from '../../src/platform/messaging/envelope.js';
import { Inbox } from '../../src/platform/messaging/inbox.js';
import { Relay } from '../../src/platform/messaging/relay.js';
import { BrokerConnection } from '../../src/platform/messaging/nats/broker-connection.js';
import { ConsumerLease } from '../../src/platform/messaging/nats/consumer-lease.js';
import { JetStreamTransport } from '../../src/platform/messaging/nats/jetstream-transport.js';
import { type EventTransport, InProcessTransport } from '../../src/platform/messaging/transport.js';
import { createLogger } from '../../src/platform/observability/logger.js';
import { openConsumer, openPublisher, recorder, tick, TickedV1 } from './counters.js';

const databaseUrl = process.env.CRASH_DATABASE_URL!;
const mode = process.env.CRASH_MODE ?? 'load';
const selfKill = Number(process.env.CRASH_SELF_KILL_PROBABILITY ?? '0');
/** Set: the relay publishes to NATS JetStream and the inbox consumes from it, as across processes. */
const natsUrl = process.env.CRASH_NATS_URL;
/** Set (in process only): deliveries are handled in the transaction that stores them (ADR 0034). */
const onReceipt = process.env.CRASH_ON_RECEIPT === '1';

function overNats(url: string): JetStreamTransport {
  const log = createLogger('silent');
  const connection = new BrokerConnection(
    { url, name: 'crash-child', retentionDays: 1, duplicateWindowMs: 60_000, retryMs: 50 },
    log,
  );
  connection.start();
  // A short ack wait: what a killed child stored but did not acknowledge comes back soon.
  return new JetStreamTransport(
    connection,
    { publishTimeoutMs: 2_000, consumer: { batchSize: 16, retryMs: 20, ackWaitMs: 1_000 } },
    log,
  );
}

function die(moment: string): void {
  writeSync(2, `self-kill ${moment}\n`);
  process.kill(process.pid, 'SIGKILL');
}

async function main(): Promise<void> {
  const log = createLogger('silent');
  const pub = await openPublisher(databaseUrl);
  const sub = await openConsumer(databaseUrl);
  const handler = recorder(sub, {
    afterEffect: () => (Math.random() < selfKill ? die('after-effect') : undefined),
  });
  const inbox = new Inbox(
    sub,
    [{ name: 'sub.Recorder', contracts: [TickedV1], instance: handler }],
    { workers: 2, batchSize: 8, maxAttempts: 100, backoffBaseMs: 5, backoffMaxMs: 50, pollMs: 50 },
    log,
  );
  const { producerSide, consumerSide } = natsUrl
    ? { producerSide: overNats(natsUrl), consumerSide: overNats(natsUrl) }
    : { producerSide: new InProcessTransport(), consumerSide: undefined };
  await (consumerSide ?? producerSide).subscribe({
    context: 'sub',
    names: new Set([TickedV1.name]),
    receive: async (envelopes) => {
      await inbox.receive(envelopes);
      if (Math.random() < selfKill) die('after-delivery');
    },
    ...(onReceipt && {
      receiveAndHandle: async (envelopes: readonly EventEnvelope[]) => {
        await inbox.receiveAndHandle(envelopes);
        if (Math.random() < selfKill) die('after-delivery');
      },
    }),
    lease: natsUrl ? new ConsumerLease(sub.url!, 'sub', log) : undefined,
  });
  // Over NATS, the relay may also die once the broker stored a batch, before the outbox row is marked.
  const relayTransport: EventTransport = {
    subscribe: (subscription) => producerSide.subscribe(subscription),
    close: () => producerSide.close(),
    publish: async (envelopes) => {
      await producerSide.publish(envelopes);
      if (natsUrl && Math.random() < selfKill) die('after-publish');
    },
  };
  const relay = new Relay(pub, relayTransport, { batchSize: 20, pollMs: 50, retryMs: 20 }, log);
  await relay.start();
  await inbox.start();
  writeSync(1, 'ready\n');

  if (mode === 'drain') {
    for (;;) {
      const count = (db: typeof pub, sql: string) =>
        db.read(async (em) => Number((await em.execute<{ n: string }[]>(sql))[0]!.n));
      const unpublished = await count(
        pub,
        'select count(*) as n from outbox where published_at is null',
      );
      const pending = await count(sub, `select count(*) as n from inbox where status = 'pending'`);
      // Over NATS an event may be published and not yet in the inbox: wait until each is there.
      const missing =
        (await count(pub, 'select count(*) as n from outbox')) -
        (await count(sub, 'select count(*) as n from inbox'));
      if (unpublished + pending + missing === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await relay.stop();
    await inbox.stop();
    writeSync(1, 'drained\n');
    process.exit(0);
  }
  for (let i = 0; ; i++) {
    await tick(pub, `counter-${Math.floor(Math.random() * 25)}`, 1 + (i % 3));
  }
}

main().catch((error: unknown) => {
  writeSync(2, `crash child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
