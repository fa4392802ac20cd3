import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ShippingQuotes } from '../../src/contexts/shipping/contracts/index.js';
import type { DomainError } from '../../src/platform/domain/domain-error.js';
import { signQuery } from '../../src/platform/topology/query-signature.js';
import { RemoteQueryClient } from '../../src/platform/topology/remote-query-client.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http } from '../support/http.js';
import { redoclyErrors } from '../support/openapi-lint.js';
import { eventually } from '../support/context-database.js';
import { SEVEN_CONTEXTS, shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

const ALL_BUT_SHIPPING = 'catalog,customers,inventory,ordering,payments,recommendations';
const QUOTE = {
  destinationCountry: 'US',
  weightGrams: 7000,
  merchandiseTotal: { amount: 6610, currency: 'USD' },
};

/**
 * Shipping in its own process and database; the other contexts in another.
 * Ordering asks shipping's public query over HTTP, and shipping's routes answer
 * at the other process's base URL too.
 */
describe('a context in another process: public queries and routes over HTTP', () => {
  let shipping: TestApp;
  let shop: TestApp;
  let shippingPort: number;

  /** Shipping's process's log lines: what it was asked, with which request id. */
  const shippingLog: string[] = [];
  const shippingUrl = () => `http://127.0.0.1:${shippingPort}`;
  const startShipping = async (port = 0) => {
    const app = await startTestApp({ contexts: 'shipping', logLines: shippingLog });
    await app.app.listen({ port, host: '127.0.0.1' });
    return app;
  };

  beforeAll(async () => {
    shipping = await startShipping();
    shippingPort = (shipping.app.getHttpServer().address() as AddressInfo).port;
    shop = await startTestApp({
      contexts: ALL_BUT_SHIPPING,
      env: {
        SHIPPING_URL: shippingUrl(),
        REMOTE_TIMEOUT_MS: '500',
        REMOTE_RETRIES: '1',
        REMOTE_BREAKER_THRESHOLD: '2',
        REMOTE_HALF_OPEN_AFTER_MS: '300',
      },
    });
  });
  afterAll(async () => {
    await shop?.close();
    await shipping?.close();
  });

  it('refuses to start a context whose public query nobody answers, naming the setting', async () => {
    await expect(startTestApp({ contexts: 'ordering' })).rejects.toThrow(
      /SHIPPING_URL must be set \(or shipping hosted here in CONTEXTS\): ordering asks shipping's ShippingQuotes \(PlaceOrderHandler\)/,
    );
    await expect(
      startTestApp({ contexts: 'shipping', env: { SHIPPING_URL: 'http://127.0.0.1:1' } }),
    ).rejects.toThrow(/SHIPPING_URL must be unset while this process hosts shipping/);
  });

  it('prices an order with the quote of the other process', async () => {
    const driver = shopDriver(shop);
    const mug = await driver.product(aProduct().withSku('RC-MUG').pricedAt(1999).weighing(500), 10);
    const tea = await driver.product(aProduct().withSku('RC-TEA').pricedAt(550).weighing(1200), 10);
    const { api } = await driver.customer();
    const placed = await api.post('/api/orders', {
      lines: [
        { sku: mug, quantity: 2 },
        { sku: tea, quantity: 5 },
      ],
      shippingAddress: US_ADDRESS,
      paymentMethod: VISA,
    });
    expect(placed.status).toBe(201);
    // The brief's worked example: 7 kg in the US is 4.99 + 6 × 1.00.
    expect(placed.body.totals).toMatchObject({
      shipping: { amount: 1099, currency: 'USD' },
      total: { amount: 7709, currency: 'USD' },
    });
  });

  it('answers shipping’s routes at this base URL, problems included, as shipping’s process does', async () => {
    const here = await http(shop.app).post('/api/shipping/quotes', QUOTE);
    const there = await http(shipping.app).post('/api/shipping/quotes', QUOTE);
    expect(here.status).toBe(200);
    expect(here.body).toEqual(there.body);
    const refused = await http(shop.app).post('/api/shipping/quotes', {
      ...QUOTE,
      weightGrams: -1,
    });
    expectProblem(refused, 400, 'REQUEST.VALIDATION_FAILED');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'weightGrams' })]);
  });

  const admin = async () => http(shop.app, { token: await shop.tokenFor('admin') });
  const document = async (url: string) => {
    const response = await shop.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const named = (modules: any, name: string) =>
    modules.items.find((item: { name: string }) => item.name === name);

  it('lists the routes of both processes in one /openapi.json that passes Redocly’s rules', async () => {
    const merged = await document('/openapi.json');
    const hostedHere = await document('/openapi.json?scope=process');
    const dispatch = '/api/shipments/{id}/dispatch';
    expect(Object.keys(hostedHere.paths)).not.toContain(dispatch);
    expect(Object.keys(merged.paths)).toEqual(
      expect.arrayContaining([dispatch, '/api/shipping/quotes', '/api/orders']),
    );
    // Shipping's process's own operations routes answer here for the whole shop: not taken from it.
    expect(merged.paths['/api/admin/modules']).toEqual(hostedHere.paths['/api/admin/modules']);
    expect(merged['x-emporium-processes']).toEqual([
      { baseUrl: shippingUrl(), contexts: ['shipping'], state: 'merged', conflicts: [] },
    ]);
    const refs = [...JSON.stringify(merged).matchAll(/"\$ref":"#\/components\/(\w+)\/([^"]+)"/g)];
    expect(refs.filter(([, kind, name]) => !merged.components[kind!]?.[name!])).toEqual([]);
    expect(await redoclyErrors(merged)).toEqual([]);
    const docs = await shop.app.inject({ method: 'GET', url: '/docs/swagger-ui-init.js' });
    expect(docs.body).toContain(dispatch);
  });

  it('merges the event catalog and the AsyncAPI document: shipping’s consumers are listed here', async () => {
    const receives = 'shipping_CreateShipmentOnOrderPaid_receives_ordering_OrderPaid_v1';
    const own = await document('/asyncapi.json?scope=process');
    const merged = await document('/asyncapi.json');
    expect(Object.keys(own.operations)).not.toContain(receives);
    expect(Object.keys(merged.operations)).toEqual(
      expect.arrayContaining([receives, ...Object.keys(own.operations)]),
    );
    expect(merged['x-emporium-processes']).toEqual([
      expect.objectContaining({ baseUrl: shippingUrl(), state: 'merged', conflicts: [] }),
    ]);
    const api = await admin();
    const paidIn = async (url: string) => {
      const catalog = (await api.get(url)).body;
      expect(catalog).toMatchObject({ unreachable: [], conflicts: [] });
      return catalog.items.find((e: { name: string }) => e.name === 'ordering.OrderPaid.v1');
    };
    const shippingConsumer = {
      context: 'shipping',
      handler: 'shipping.CreateShipmentOnOrderPaid',
    };
    expect((await paidIn('/api/admin/events?scope=process')).consumers).not.toContainEqual(
      shippingConsumer,
    );
    const paid = await paidIn('/api/admin/events');
    expect(paid.consumers).toContainEqual(shippingConsumer);
    expect(paid.consumers).toContainEqual(expect.objectContaining({ context: 'inventory' }));
  });

  it('lists, reads and replays a dead letter of shipping’s process at this base URL', async () => {
    const id = randomUUID();
    const orderId = randomUUID();
    // A delivery shipping's process failed for the last time: an OrderPaid it never handled.
    const envelope = {
      id: randomUUID(),
      name: 'ordering.OrderPaid.v1',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'ordering',
      aggregateId: orderId,
      sequence: 3,
      correlationId: 'remote-dead-letter',
      causationId: 'remote-dead-letter',
      payload: {
        orderId,
        customerId: randomUUID(),
        lines: [{ sku: 'RC-DEAD', quantity: 1 }],
        shippingAddress: { ...US_ADDRESS, line2: null, region: null },
        shippingCost: { amount: 499, currency: 'USD' },
        total: { amount: 1499, currency: 'USD' },
      },
    };
    await shopDriver(shipping).sql(
      `insert into shipping.inbox (id, event_id, handler, name, source, aggregate_id, sequence, envelope,
         status, attempts, last_error, first_failed_at, last_failed_at)
       values ($1, $2, 'shipping.CreateShipmentOnOrderPaid', $3, 'ordering', $4, 3, $5::jsonb,
         'dead', 10, 'Error: the carrier system timed out', now(), now())`,
      [id, envelope.id, envelope.name, orderId, JSON.stringify(envelope)],
    );
    const api = await admin();
    const list = await api.get('/api/admin/dead-letters');
    expect(list.body).toEqual({
      items: [expect.objectContaining({ id, context: 'shipping', attempts: 10 })],
      unreachable: [],
    });
    expect((await api.get('/api/admin/dead-letters?scope=process')).body.items).toEqual([]);
    expect((await api.get(`/api/admin/dead-letters/${id}`)).body).toMatchObject({
      id,
      context: 'shipping',
      handler: 'shipping.CreateShipmentOnOrderPaid',
    });
    // The modules view counts it where it is: shipping's figures come from shipping's process.
    expect(named((await api.get('/api/admin/modules')).body, 'shipping').backlog).toMatchObject({
      deadLetters: 1,
    });

    const replayed = await api.raw(
      'POST',
      `/api/admin/dead-letters/${id}/replay`,
      {},
      {
        'x-request-id': 'remote-replay-1',
      },
    );
    expect(replayed.status).toBe(202);
    expect(replayed.body).toMatchObject({ id, context: 'shipping' });
    expect(shippingLog.some((line) => line.includes('"reqId":"remote-replay-1"'))).toBe(true);
    await eventually(
      async () => (await api.get(`/api/shipments?orderId=${orderId}`)).body.items?.length === 1,
      'the replayed event to create the shipment in shipping’s process',
    );
    expectProblem(
      await api.get(`/api/admin/dead-letters/${id}`),
      404,
      'MESSAGING.DEAD_LETTER_NOT_FOUND',
    );
    expect((await api.post('/api/admin/dead-letters/replay')).body).toEqual({
      replayed: 0,
      unreachable: [],
    });
  });

  it('shows every context of the shop in the modules view, with the process that hosts it', async () => {
    const api = await admin();
    const body = (await api.get('/api/admin/modules')).body;
    expect(body.items.map((item: { name: string }) => item.name)).toEqual(SEVEN_CONTEXTS);
    expect(named(body, 'shipping')).toMatchObject({
      hosted: false,
      hostedBy: shippingUrl(),
      status: 'running',
      process: { pid: process.pid },
      consumerLag: [],
      serves: [expect.objectContaining({ query: 'ShippingQuotes' })],
    });
    expect(named(body, 'ordering')).toMatchObject({
      hosted: true,
      hostedBy: 'this process',
      status: 'running',
      consumerLag: [],
    });
    expect(body.process).toMatchObject({ contexts: ALL_BUT_SHIPPING.split(','), broker: null });
    expect(body.processes).toEqual([
      {
        baseUrl: shippingUrl(),
        contexts: ['shipping'],
        status: 'running',
        process: expect.objectContaining({ contexts: ['shipping'], broker: null }),
      },
    ]);
    expect(body.map).toContain(`ctx_shipping["shipping<br/><small>${shippingUrl()}, `);
    const hereOnly = (await api.get('/api/admin/modules?scope=process')).body;
    expect(named(hereOnly, 'shipping')).toMatchObject({
      hostedBy: shippingUrl(),
      status: 'elsewhere',
      backlog: null,
    });
    expect(hereOnly.processes).toEqual([]);
  });

  it('passes the provider’s domain error on as the same error, and answers only signed queries', async () => {
    const bad = { ...QUOTE, destinationCountry: 'usa', premium: false };
    const local = shipping.app.get(ShippingQuotes, { strict: false });
    const localError = await local.quote(bad).then(
      () => undefined,
      (error: DomainError) => error,
    );
    const client = new RemoteQueryClient(
      'shipping',
      `http://127.0.0.1:${shippingPort}`,
      shop.config.AUTH_JWT_SECRET,
      {
        timeoutMs: 1000,
        retries: 0,
        breakerThreshold: 5,
        halfOpenAfterMs: 1000,
      },
    );
    const remoteError = await client.ask('ShippingQuotes', 'quote', bad).then(
      () => undefined,
      (error: DomainError) => error,
    );
    expect(localError?.code).toBe('SHIPPING.INVALID_DESTINATION');
    expect({ code: remoteError?.code, kind: remoteError?.kind }).toEqual({
      code: localError!.code,
      kind: localError!.kind,
    });

    const path = '/internal/queries/ShippingQuotes/quote';
    const unsigned = await http(shipping.app).post(path, QUOTE);
    expectProblem(unsigned, 401, 'TOPOLOGY.QUERY_NOT_SIGNED');
    const forged = await http(shipping.app).post(path, QUOTE, {
      'x-emporium-signature': signQuery(
        'another-key-0123456789-0123456789',
        path,
        JSON.stringify(QUOTE),
      ),
    });
    expectProblem(forged, 401, 'TOPOLOGY.QUERY_NOT_SIGNED');
    const other = '/internal/queries/ShippingQuotes/constructor';
    const unknown = await http(shipping.app).post(other, QUOTE, {
      'x-emporium-signature': signQuery(shop.config.AUTH_JWT_SECRET, other, JSON.stringify(QUOTE)),
    });
    expectProblem(unknown, 404, 'TOPOLOGY.UNKNOWN_PUBLIC_QUERY');
    const signed = (body: unknown) =>
      http(shipping.app).raw('POST', path, JSON.stringify(body), {
        'x-emporium-signature': signQuery(shop.config.AUTH_JWT_SECRET, path, JSON.stringify(body)),
      });
    // Signed, so from a process of this deployment, but not the shape the query declares.
    expectProblem(await signed(null), 400, 'TOPOLOGY.QUERY_ARGUMENT_INVALID');
    const malformed = await signed({ ...QUOTE, premium: false, weightGrams: 'heavy' });
    expectProblem(malformed, 400, 'TOPOLOGY.QUERY_ARGUMENT_INVALID');
    expect(malformed.body.problems).toBe('/weightGrams must be number');
    expect((await signed({ ...QUOTE, premium: false })).status).toBe(200);
  });

  it('gives 503 with Retry-After while the other process is away, writes nothing, says so in the views of the whole shop, and recovers by itself', async () => {
    const driver = shopDriver(shop);
    const sku = await driver.product(aProduct().withSku('RC-LAMP').pricedAt(4500), 10);
    const { api } = await driver.customer();
    const order = {
      lines: [{ sku, quantity: 1 }],
      shippingAddress: US_ADDRESS,
      paymentMethod: VISA,
    };
    await shipping.app.close();
    const before = await driver.orderCount();
    for (let i = 0; i < 3; i++) {
      const refused = await api.post('/api/orders', order);
      expectProblem(refused, 503, 'TOPOLOGY.CONTEXT_UNAVAILABLE');
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    }
    // Over a real socket: a proxied request streams its body to the other process.
    await shop.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(shop.app.getHttpServer().address() as AddressInfo).port}`;
    const proxied = await fetch(`${base}/api/shipping/quotes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(QUOTE),
    });
    expect(proxied.status).toBe(503);
    expect(proxied.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(proxied.headers.get('retry-after')).toBe('1');
    expect(await proxied.json()).toMatchObject({ code: 'TOPOLOGY.CONTEXT_UNAVAILABLE' });
    expect(await driver.orderCount()).toBe(before);

    // The views of the whole shop are still served, saying which part is missing.
    const admin = http(shop.app, { token: await shop.tokenFor('admin') });
    const modules = (await admin.get('/api/admin/modules')).body;
    expect(named(modules, 'shipping')).toMatchObject({
      hostedBy: shippingUrl(),
      status: 'unreachable',
      backlog: null,
    });
    expect(modules.processes).toEqual([
      expect.objectContaining({ status: 'unreachable', process: null }),
    ]);
    expect((await admin.get('/api/admin/dead-letters')).body).toEqual({
      items: [],
      unreachable: ['shipping'],
    });
    expect((await admin.get('/api/admin/events')).body.unreachable).toEqual(['shipping']);
    expect((await admin.post('/api/admin/dead-letters/replay')).body.unreachable).toEqual([
      'shipping',
    ]);
    // It may be in the process that is away: not "not found".
    expectProblem(
      await admin.get(`/api/admin/dead-letters/${randomUUID()}`),
      503,
      'TOPOLOGY.CONTEXT_UNAVAILABLE',
    );
    // The last document shipping's process gave is still listed (its routes answer 503 meanwhile).
    const merged = await document('/openapi.json');
    expect(Object.keys(merged.paths)).toContain('/api/shipping/quotes');
    expect((await document('/asyncapi.json')).operations).toBeDefined();

    await shipping.close().catch(() => undefined);
    shipping = await startShipping(shippingPort);
    // Once its circuit lets a query through again, orders flow with no restart here.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 50 && statuses.at(-1) !== 201; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      statuses.push((await api.post('/api/orders', order)).status);
    }
    expect(statuses.at(-1)).toBe(201);
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
  });
});
