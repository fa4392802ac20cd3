import { ReserveStockOnOrderPlaced } from '../../src/contexts/inventory/application/reserve-stock/reserve-stock-on-order-placed.handler.js';
import { ChargeOnOrderAwaitingPayment } from '../../src/contexts/payments/application/charge-payment/charge-on-order-awaiting-payment.handler.js';
import { PipelineBacklog } from '../../src/platform/messaging/backpressure/pipeline-backlog.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { expectProblem, type JsonResponse } from '../support/http.js';
import { type Api, shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

/** Long enough that a slow machine's ordinary lag stays under it. */
const MAX_LAG_MS = 2000;

/**
 * When the event pipeline falls behind by more than BACKPRESSURE_MAX_LAG_MS,
 * placing an order answers 503 with Retry-After and writes nothing, until the
 * pipeline has caught up; a delivery that keeps failing (and retrying) does
 * not count as the pipeline being behind.
 */
describe.each([
  // Handled on receipt (ADR 0034): the stuck reservation holds ordering's relay, whose outbox ages.
  { mode: 'handled on receipt', onReceipt: 'true', behind: 'ordering' },
  { mode: 'stored for the workers', onReceipt: 'false', behind: 'inventory' },
])(
  'backpressure: new orders wait while the pipeline is behind ($mode)',
  ({ onReceipt, behind }) => {
    let shop: TestApp;
    let driver: ReturnType<typeof shopDriver>;
    let customer: Api;
    let sku: string;

    beforeAll(async () => {
      shop = await startTestApp({
        env: {
          BACKPRESSURE_MAX_LAG_MS: String(MAX_LAG_MS),
          BACKPRESSURE_SAMPLE_MS: '25',
          MESSAGING_POLL_MS: '50',
          MESSAGING_WORKERS: '1',
          MESSAGING_INBOX_BATCH: '1',
          MESSAGING_BACKOFF_BASE_MS: '20',
          MESSAGING_BACKOFF_MAX_MS: '40',
          MESSAGING_MAX_ATTEMPTS: '100',
          MESSAGING_HANDLE_ON_RECEIPT: onReceipt,
        },
      });
      driver = shopDriver(shop);
      sku = await driver.product(aProduct().pricedAt(1200).weighing(300), 100);
      customer = (await driver.customer()).api;
    });
    afterAll(() => shop?.close());

    const place = () =>
      customer.post('/api/orders', {
        lines: [{ sku, quantity: 1 }],
        shippingAddress: US_ADDRESS,
        paymentMethod: VISA,
      });
    const backlog = () => shop.app.get(PipelineBacklog);
    const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

    /** Replaces a real handler's work for a while; returns how to give it back. */
    function replace(
      handler: typeof ReserveStockOnOrderPlaced | typeof ChargeOnOrderAwaitingPayment,
      stand: (event: unknown) => Promise<void>,
    ) {
      const instance = shop.app.get(handler, { strict: false });
      const original = instance.handle.bind(instance);
      instance.handle = stand;
      return () => {
        instance.handle = original;
      };
    }

    it('refuses new orders with 503 and Retry-After while inventory is stuck, and takes them again once it caught up', async () => {
      let release!: () => void;
      const stuck = new Promise<void>((done) => (release = done));
      const restore = replace(ReserveStockOnOrderPlaced, async () => {
        await stuck;
        throw new Error('held by the test: retried once released');
      });
      let first: JsonResponse | undefined;
      try {
        first = await place();
        expect(first.status).toBe(201);
        // The reservation of the first order is stuck: its delivery (or the event in the outbox) ages.
        await eventually(async () => backlog().overloaded, 'the pipeline to be behind');
        expect(backlog().overloaded).toMatchObject({ context: behind });
        const orders = await driver.orderCount();
        const refused = await place();
        expectProblem(refused, 503, 'MESSAGING.PIPELINE_BEHIND');
        expect(refused.headers['retry-after']).toBe('1');
        expect(refused.body.context).toBe(behind);
        expect(await driver.orderCount()).toBe(orders);
      } finally {
        restore();
        release();
      }
      await driver.orderReaches(customer, first.body.id, 'PAID');
      const accepted = await eventually(async () => {
        const response = await place();
        return response.status === 201 && response;
      }, 'orders taken again');
      await driver.orderReaches(customer, accepted.body.id, 'PAID');
    });

    it('keeps taking orders while one delivery fails again and again: a retry is not a backlog', async () => {
      let failures = 0;
      const restore = replace(ChargeOnOrderAwaitingPayment, async () => {
        failures++;
        throw new Error('a provider that keeps failing, for the test');
      });
      try {
        const failing = await place();
        expect(failing.status).toBe(201);
        await eventually(async () => failures > 3, 'the charge to fail and retry');
        // Watched all along: the failing delivery is older than the limit now, and still pending.
        const seen = new Set<string>();
        for (const until = Date.now() + MAX_LAG_MS * 2; Date.now() < until; await sleep(5)) {
          const behind = backlog().overloaded;
          if (behind) seen.add(behind.context);
        }
        expect([...seen]).toEqual([]);
        expect(
          await driver.sql(`select attempts from payments.inbox where aggregate_id = $1`, [
            failing.body.id,
          ]),
        ).toEqual([expect.objectContaining({ attempts: expect.any(Number) })]);
        expect(backlog().overloaded).toBeUndefined();
        expect((await place()).status).toBe(201);
      } finally {
        restore();
      }
    });
  },
);
