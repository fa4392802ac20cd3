import type { TestApp } from '../../support/app.js';
import { expectProblem, http } from '../../support/http.js';
import type { shopDriver } from '../../support/shop.js';
import { anOrder, securityShop } from './security-shop.js';

/**
 * OWASP API6:2023 Unrestricted Access to Sensitive Business Flows: guessing
 * promotion codes and flooding orders are limited per caller, and the answers
 * do not tell which codes exist.
 */
describe('API6 sensitive business flows', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(async () => {
    ({ shop, driver, sku } = await securityShop({ RATE_LIMIT_ORDERS: '4' }));
    const admin = await driver.admin();
    const created = await admin.post('/api/promotions', {
      code: 'EXPIRED10',
      percentage: 10,
      validFrom: '2025-01-01T00:00:00Z',
      validUntil: '2025-02-01T00:00:00Z',
    });
    expect(created.status).toBe(201);
  });
  afterAll(() => shop?.close());

  it('answers an unknown code exactly as an expired one: nothing to enumerate', async () => {
    const { api } = await driver.customer();
    const expired = await api.post('/api/orders', anOrder(sku, { promotionCode: 'EXPIRED10' }));
    const unknown = await api.post('/api/orders', anOrder(sku, { promotionCode: 'NOSUCH10' }));
    expectProblem(expired, 422, 'ORDERING.PROMOTION_NOT_APPLICABLE');
    expectProblem(unknown, 422, 'ORDERING.PROMOTION_NOT_APPLICABLE');
    const shape = (body: Record<string, unknown>) =>
      JSON.stringify({ ...body, requestId: 0 }).replaceAll(/EXPIRED10|NOSUCH10/g, 'CODE');
    expect(shape(expired.body)).toBe(shape(unknown.body));
  });

  it('limits order attempts per caller — also across their tokens — not per token or address', async () => {
    const guesser = await driver.customer();
    const secondToken = await http(shop.app).post('/api/auth/token', {
      email: guesser.email,
      password: 'a-long-enough-password',
    });
    const sameCaller = http(shop.app, { token: secondToken.body.accessToken });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const api = i % 2 === 0 ? guesser.api : sameCaller;
      statuses.push(
        (await api.post('/api/orders', anOrder(sku, { promotionCode: `G${i}XYZ` }))).status,
      );
    }
    expect(statuses).toEqual([422, 422, 422, 422]);
    const limited = await sameCaller.post('/api/orders', anOrder(sku, { promotionCode: 'G5XYZ' }));
    expectProblem(limited, 429, 'REQUEST.RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    const bystander = await driver.customer();
    expect((await bystander.api.post('/api/orders', anOrder(sku))).status).toBe(201);
  });

  it('places no order for a buyer ordering does not know, and says to retry', async () => {
    // A real account ordering has not heard of yet (its buyer row is not there).
    const { api, id } = await driver.customer();
    await driver.sql('delete from ordering.buyers where customer_id = $1', [id]);
    const before = await driver.orderCount();
    const refused = await api.post('/api/orders', anOrder(sku));
    expectProblem(refused, 409, 'ORDERING.BUYER_NOT_KNOWN');
    expect(refused.body.detail).toMatch(/retry/i);
    expect(await driver.orderCount()).toBe(before);
  });

  it('waits a moment for a buyer whose registration is on its way', async () => {
    const { api, id } = await driver.customer();
    const [buyer] = await driver.sql(
      'delete from ordering.buyers where customer_id = $1 returning *',
      [id],
    );
    const placing = api.post('/api/orders', anOrder(sku));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await driver.sql(
      'insert into ordering.buyers select * from json_populate_record(null::ordering.buyers, $1)',
      [JSON.stringify(buyer)],
    );
    expect((await placing).status).toBe(201);
  });
});
