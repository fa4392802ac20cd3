import { startTestApp, type TestApp } from '../support/app.js';
import { shopJourneys } from '../support/journeys.js';
import { shopDriver } from '../support/shop.js';

/** The shop's journeys in one process, through `app.inject`; `npm run test:topologies` runs them split. */
describe('the whole order lifecycle over HTTP', () => {
  let shop: TestApp;

  beforeAll(async () => {
    shop = await startTestApp({
      env: {
        MESSAGING_POLL_MS: '50',
        MESSAGING_WORKERS: '3',
        MESSAGING_MAX_ATTEMPTS: '3',
        MESSAGING_BACKOFF_BASE_MS: '50',
        MESSAGING_BACKOFF_MAX_MS: '200',
      },
    });
  });
  afterAll(() => shop?.close());

  shopJourneys(() => shopDriver(shop));
});
