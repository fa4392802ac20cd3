import type { TestApp } from '../../support/app.js';
import { expectProblem, http } from '../../support/http.js';
import type { shopDriver } from '../../support/shop.js';
import { anOrder, listening, parseRaw, rawExchange, securityShop } from './security-shop.js';

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: sizes, depths, rates and
 * time are bounded, and every refusal is a problem+json 4xx.
 */
describe('API4 resource consumption', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;
  let port: number;

  beforeAll(async () => {
    ({ shop, driver, sku } = await securityShop({
      // The driver registers its two customers from 127.0.0.1; the limit test uses other addresses.
      RATE_LIMIT_REGISTRATION: '3',
      HTTP_REQUEST_TIMEOUT_MS: '1000',
    }));
    port = await listening(shop);
  });
  afterAll(() => shop?.close());

  it('refuses a body over 1 MiB with 413', async () => {
    const response = await http(shop.app).raw(
      'POST',
      '/api/customers',
      JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    );
    expectProblem(response, 413, 'REQUEST.BODY_TOO_LARGE');
  });

  it('refuses JSON nested 3,000 deep with 400, before any transformer recurses into it', async () => {
    const { api } = await driver.customer();
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const response = await api.raw('POST', '/api/orders', `{"lines":${deep}}`);
    expectProblem(response, 400, 'REQUEST.TOO_DEEPLY_NESTED');
  });

  it('bounds list pages and order sizes', async () => {
    const { api } = await driver.customer();
    expectProblem(await api.get('/api/orders?limit=100000'), 400, 'REQUEST.VALIDATION_FAILED');
    const lines = Array.from({ length: 1000 }, (_, i) => ({ sku: `SKU-${i}`, quantity: 1 }));
    const response = await api.post('/api/orders', anOrder(sku, { lines }));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers headers too large with a problem+json 431', async () => {
    const { response } = await rawExchange(
      port,
      [`GET /api/products HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`],
      5000,
    );
    const answer = parseRaw(response);
    expect(answer.status).toBe(431);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(answer.body).toMatchObject({ status: 431, code: 'REQUEST.HEADERS_TOO_LARGE' });
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('cuts off a client that sends its body too slowly: 408 problem+json, connection closed', async () => {
    const { response, closedByServer } = await rawExchange(
      port,
      [
        'POST /api/shipping/quotes HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{',
      ],
      8000,
    );
    expect(closedByServer).toBe(true);
    const answer = parseRaw(response);
    expect(answer.status).toBe(408);
    expect(answer.body).toMatchObject({ status: 408, code: 'REQUEST.TIMEOUT' });
  });

  it('limits registrations per client address, with Retry-After', async () => {
    const register = (i: number, address: string) =>
      shop.app.inject({
        method: 'POST',
        url: '/api/customers',
        remoteAddress: address,
        payload: {
          email: `rate-${address}-${i}@example.com`,
          name: 'R',
          password: 'long-enough-pw-1',
        },
      });
    for (let i = 0; i < 3; i++) expect((await register(i, '10.1.0.1')).statusCode).toBe(201);
    const limited = await register(3, '10.1.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json().code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const rows = await driver.sql(
      "select 1 from customers.customers where email like 'rate-10.1.0.1-3@%'",
    );
    expect(rows).toHaveLength(0);
    expect((await register(0, '10.1.0.2')).statusCode).toBe(201);
  });
});
