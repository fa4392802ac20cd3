import type { AddressInfo } from 'node:net';
import { ShippingQuotes } from '../../src/contexts/shipping/contracts/index.js';
import type { DomainError } from '../../src/platform/domain/domain-error.js';
import { signQuery } from '../../src/platform/topology/query-signature.js';
import { RemoteQueryClient } from '../../src/platform/topology/remote-query-client.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http } from '../support/http.js';
import { shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

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

  /**
   * A request to shipping's routes at the other process's base URL. Not through `http()`:
   * that process's own /openapi.json does not list the routes it forwards yet (docs/topology.md).
   */
  const viaGateway = async (url: string, body: unknown) => {
    const response = await shop.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    return { status: response.statusCode, headers: response.headers, body: response.json() };
  };

  const startShipping = async (port = 0) => {
    const app = await startTestApp({ contexts: 'shipping' });
    await app.app.listen({ port, host: '127.0.0.1' });
    return app;
  };

  beforeAll(async () => {
    shipping = await startShipping();
    shippingPort = (shipping.app.getHttpServer().address() as AddressInfo).port;
    shop = await startTestApp({
      contexts: ALL_BUT_SHIPPING,
      env: {
        SHIPPING_URL: `http://127.0.0.1:${shippingPort}`,
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
    const here = await viaGateway('/api/shipping/quotes', QUOTE);
    const there = await http(shipping.app).post('/api/shipping/quotes', QUOTE);
    expect(here.status).toBe(200);
    expect(here.body).toEqual(there.body);
    const refused = await viaGateway('/api/shipping/quotes', {
      ...QUOTE,
      weightGrams: -1,
    });
    expectProblem(refused, 400, 'REQUEST.VALIDATION_FAILED');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'weightGrams' })]);
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

  it('gives 503 with Retry-After while the other process is away, writes nothing, and recovers by itself', async () => {
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
