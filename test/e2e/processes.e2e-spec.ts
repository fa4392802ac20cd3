import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

/**
 * Two processes of one shop on one database: a web process that does not run
 * the messaging loops (MESSAGING_RUN=false) and a worker that does. Both poll
 * only once a minute, so the work the web process causes can only be picked
 * up in time through the NOTIFY it sends after its commits (ADR 0012).
 */
describe('a web process and a worker process on one database', () => {
  let worker: TestApp;
  let web: TestApp;

  beforeAll(async () => {
    worker = await startTestApp({ env: { MESSAGING_POLL_MS: '60000' } });
    web = await startTestApp({
      databaseUrl: worker.databaseUrl,
      env: { MESSAGING_RUN: 'false', MESSAGING_POLL_MS: '60000' },
    });
  });
  afterAll(async () => {
    await web?.close();
    await worker?.close();
  });

  it('gets an order placed through the web process to PAID by the worker’s loops', async () => {
    const driver = shopDriver(web);
    const sku = await driver.product(aProduct().withSku('PROC-1').pricedAt(1200), 5);
    const { api } = await driver.customer();
    const placed = await api.post('/api/orders', {
      lines: [{ sku, quantity: 2 }],
      shippingAddress: US_ADDRESS,
      paymentMethod: VISA,
    });
    expect(placed.status).toBe(201);
    const paid = await driver.orderReaches(api, placed.body.id as string, 'PAID');
    expect(paid.timeline.map((entry: { status: string }) => entry.status)).toEqual([
      'PENDING',
      'AWAITING_PAYMENT',
      'PAID',
    ]);
    // Inventory takes the stock on OrderPaid, after the order is PAID.
    await eventually(async () => {
      const stock = await driver.stock(sku);
      return stock.onHand === 3 && stock.reserved === 0;
    }, 'the stock taken');
  });
});
