import type { EventEnvelope } from '../../../src/platform/messaging/envelope.js';
import { Inbox } from '../../../src/platform/messaging/inbox.js';
import { Relay } from '../../../src/platform/messaging/relay.js';
import { InProcessTransport } from '../../../src/platform/messaging/transport.js';
import { createLogger } from '../../../src/platform/observability/logger.js';
import type { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import { eventually } from '../../support/context-database.js';
import { openPubSub, recorder, tick, TickedV1 } from '../../support/counters.js';

/**
 * A handler that fails because the database is away has done nothing wrong:
 * the inbox retries it without spending its attempts, so an outage longer
 * than the attempts allow sends nothing to the dead letters. Any other
 * failure still spends one.
 */
describe('an inbox through a database outage', () => {
  let pub: ContextDatabase;
  let sub: ContextDatabase;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ pub, sub, close } = await openPubSub());
  });

  afterAll(() => close?.());

  it('retries an event through more outage failures than its attempts, and dead-letters only a real fault', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    let outageFailures = 0;
    const record = recorder(sub, { fails: (id) => id === 'bug' });
    const handler = {
      handle: async (event: EventEnvelope<{ counterId: string; count: number }>) => {
        if (event.payload.counterId === 'outage' && outageFailures < 6) {
          outageFailures++;
          throw refused;
        }
        await record.handle(event);
      },
    };
    const log = createLogger('silent');
    const inbox = new Inbox(
      sub,
      [{ name: 'sub.Recorder', contracts: [TickedV1], instance: handler }],
      { workers: 1, batchSize: 1, maxAttempts: 2, backoffBaseMs: 5, backoffMaxMs: 20, pollMs: 20 },
      log,
    );
    const transport = new InProcessTransport();
    await transport.subscribe({
      context: 'sub',
      names: new Set([TickedV1.name]),
      receive: (envelopes) => inbox.receive(envelopes),
    });
    const relay = new Relay(pub, transport, { batchSize: 10, pollMs: 20, retryMs: 20 }, log);
    await relay.start();
    await inbox.start();
    try {
      await tick(pub, 'outage');
      await tick(pub, 'bug');
      const rows = await eventually(async () => {
        const found = await sub.query<{ counter: string; status: string; attempts: number }>(
          `select envelope->'payload'->>'counterId' as counter, status, attempts from inbox order by counter`,
        );
        return found.every((row) => row.status !== 'pending') && found.length === 2 && found;
      }, 'both events settled');
      expect(outageFailures).toBe(6);
      expect(rows).toEqual([
        { counter: 'bug', status: 'dead', attempts: 2 },
        { counter: 'outage', status: 'done', attempts: 1 },
      ]);
    } finally {
      await relay.stop();
      await inbox.stop();
    }
  }, 30_000);
});
