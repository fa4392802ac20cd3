import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http } from '../support/http.js';
import { SEVEN_CONTEXTS as CONTEXTS, shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

describe('GET /api/admin/modules', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;

  beforeAll(async () => {
    shop = await startTestApp({ env: { MESSAGING_POLL_MS: '50' } });
    driver = shopDriver(shop);
  });
  afterAll(() => shop?.close());

  const modules = async () => {
    const response = await (await driver.admin()).get('/api/admin/modules');
    expect(response.status).toBe(200);
    return response.body;
  };
  const named = (body: any, name: string) => body.items.find((item: any) => item.name === name);

  it('is for administrators only', async () => {
    expectProblem(await http(shop.app).get('/api/admin/modules'), 401, 'AUTH.UNAUTHENTICATED');
    const customer = http(shop.app, { token: await shop.tokenFor('customer') });
    expectProblem(await customer.get('/api/admin/modules'), 403, 'AUTH.ADMIN_ROLE_REQUIRED');
  });

  it('draws every context from the code: where it runs, what it publishes, consumes, serves and calls', async () => {
    const body = await modules();
    expect(body.items.map((item: any) => item.name)).toEqual(CONTEXTS);
    expect(body.process).toMatchObject({ pid: process.pid, contexts: CONTEXTS });
    for (const item of body.items)
      expect(item).toMatchObject({
        hosted: true,
        hostedBy: 'this process',
        status: 'running',
        process: { pid: process.pid },
        consumerLag: [], // events stay in this process: no broker consumer
      });
    expect(body.process.broker).toBeNull();
    expect(body.processes).toEqual([]);

    const ordering = named(body, 'ordering');
    expect(ordering.publishes.map((p: any) => p.event)).toContain('ordering.OrderPlaced.v1');
    expect(ordering.calls).toEqual([
      { context: 'shipping', query: 'ShippingQuotes', total: 0, perMinute: 0 },
    ]);
    expect(named(body, 'shipping').serves).toEqual([
      { query: 'ShippingQuotes', callers: ['ordering'], total: 0, perMinute: 0 },
    ]);
    expect(named(body, 'inventory').consumes).toContainEqual(
      expect.objectContaining({
        event: 'ordering.OrderPlaced.v1',
        handler: 'inventory.ReserveStockOnOrderPlaced',
        from: 'ordering',
      }),
    );
    expect(named(body, 'recommendations').publishes).toEqual([]);
    expect(body.map).toContain('ctx_ordering -. "query: ShippingQuotes" .-> ctx_shipping');
  });

  it('counts the traffic one order makes: what would cross the network', async () => {
    const sku = await driver.product(
      aProduct().withSku('MODULES-1').pricedAt(1500).weighing(300),
      5,
    );
    const { api } = await driver.customer();
    const placed = await api.post('/api/orders', {
      lines: [{ sku, quantity: 1 }],
      shippingAddress: US_ADDRESS,
      paymentMethod: VISA,
    });
    await driver.orderReaches(api, placed.body.id, 'PAID');
    const body = await modules();

    const served = named(body, 'shipping').serves[0];
    expect(served).toMatchObject({ query: 'ShippingQuotes', total: 1 });
    expect(served.perMinute).toBeGreaterThan(0);
    expect(named(body, 'ordering').calls[0]).toMatchObject({ total: 1 });
    const orderPlaced = named(body, 'ordering').publishes.find(
      (p: any) => p.event === 'ordering.OrderPlaced.v1',
    );
    expect(orderPlaced.total).toBe(1);
    expect(named(body, 'ordering').extraction.syncCallsPerMinute).toBeGreaterThan(0);
    expect(named(body, 'recommendations').extraction).toMatchObject({
      syncCallsPerMinute: 0,
      eventsOutPerMinute: 0,
      synchronousDependencies: 0,
    });
    expect(named(body, 'recommendations').extraction.eventsInPerMinute).toBeGreaterThan(0);
    expect(named(body, 'ordering').backlog).toEqual(
      expect.objectContaining({ deadLetters: 0, inboxRetrying: 0 }),
    );
  });
});

describe('GET /api/admin/modules in a process hosting some contexts', () => {
  let shop: TestApp;
  beforeAll(async () => {
    shop = await startTestApp({ contexts: 'catalog,inventory' });
  });
  afterAll(() => shop?.close());

  it('says which contexts run here and which elsewhere', async () => {
    const body = (
      await http(shop.app, { token: await shop.tokenFor('admin') }).get('/api/admin/modules')
    ).body;
    expect(body.process.contexts).toEqual(['catalog', 'inventory']);
    const hosted = Object.fromEntries(body.items.map((item: any) => [item.name, item.hosted]));
    expect(hosted).toEqual({
      catalog: true,
      customers: false,
      inventory: true,
      ordering: false,
      payments: false,
      recommendations: false,
      shipping: false,
    });
    const ordering = body.items.find((item: any) => item.name === 'ordering');
    // Neither hosted nor declared (no ORDERING_URL): where it runs is not known here.
    expect(ordering).toMatchObject({
      process: null,
      backlog: null,
      hostedBy: null,
      status: 'elsewhere',
      consumerLag: null,
    });
    expect(body.map).toContain('ctx_ordering["ordering<br/><small>another process</small>"]');
  });
});
