import type { SplitLayoutName } from '../../src/app/split/layouts.js';
import { shopJourneys } from '../support/journeys.js';
import { type NatsServer, startNatsServer } from '../support/nats-server.js';
import { shopDriver } from '../support/shop.js';
import { startSplit, type TestSplit } from '../support/split.js';

const LAYOUTS: SplitLayoutName[] = ['one', 'shipping-apart', 'three'];

/**
 * The shop's journeys, end to end, in every topology: all contexts in one process,
 * shipping in a process and database of its own, and three processes joined by NATS.
 * A client only ever uses the client-facing process's base URL, over real sockets.
 */
describe.each(LAYOUTS)('the shop split as "%s"', (layout) => {
  let nats: NatsServer;
  let split: TestSplit;

  beforeAll(async () => {
    nats = await startNatsServer();
    split = await startSplit(layout, {
      natsUrl: nats.url,
      env: {
        MESSAGING_POLL_MS: '50',
        MESSAGING_MAX_ATTEMPTS: '3',
        MESSAGING_BACKOFF_BASE_MS: '50',
        MESSAGING_BACKOFF_MAX_MS: '200',
      },
    });
  }, 120_000);
  afterAll(async () => {
    await split?.close();
    await nats?.dispose();
  });

  shopJourneys(() => shopDriver(split));
});
