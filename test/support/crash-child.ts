/**
 * A relay and a consumer in a process of their own, for the crash-safety
 * test, which kills it with SIGKILL at random moments. While it runs it keeps
 * committing events (mode `load`) and may kill itself at the two moments that
 * matter most: after a handler's effect but before its inbox row commits, and
 * after a delivery is stored but before the outbox row is marked published.
 * In mode `drain` it only delivers, and exits once nothing is left.
 */
import { writeSync } from 'node:fs';
import { Inbox } from '../../src/platform/messaging/inbox.js';
import { Relay } from '../../src/platform/messaging/relay.js';
import { InProcessTransport } from '../../src/platform/messaging/transport.js';
import { createLogger } from '../../src/platform/observability/logger.js';
import { openConsumer, openPublisher, recorder, tick, TickedV1 } from './counters.js';

const databaseUrl = process.env.CRASH_DATABASE_URL!;
const mode = process.env.CRASH_MODE ?? 'load';
const selfKill = Number(process.env.CRASH_SELF_KILL_PROBABILITY ?? '0');

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
  const transport = new InProcessTransport();
  await transport.subscribe({
    context: 'sub',
    names: new Set([TickedV1.name]),
    receive: async (envelopes) => {
      await inbox.receive(envelopes);
      if (Math.random() < selfKill) die('after-delivery');
    },
  });
  const relay = new Relay(pub, transport, { batchSize: 20, pollMs: 50, retryMs: 20 }, log);
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
      if (unpublished + pending === 0) break;
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
