import type { TestApp } from '../../support/app.js';
import { eventually } from '../../support/context-database.js';
import { expectProblem } from '../../support/http.js';
import type { shopDriver } from '../../support/shop.js';
import { anOrder, securityShop } from './security-shop.js';

/** OWASP API1:2023 Broken Object Level Authorization: one customer's objects are invisible to another. */
describe('API1 object level authorization', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(async () => ({ shop, driver, sku } = await securityShop()));
  afterAll(() => shop?.close());

  it('answers 404 — not 403, which would confirm the id — for another customer’s order, payments and shipments', async () => {
    const owner = await driver.customer();
    const intruder = await driver.customer();
    const placed = await owner.api.post('/api/orders', anOrder(sku));
    expect(placed.status).toBe(201);
    const orderId = placed.body.id as string;
    await driver.orderReaches(owner.api, orderId, 'PAID');

    expectProblem(
      await intruder.api.get(`/api/orders/${orderId}`),
      404,
      'ORDERING.ORDER_NOT_FOUND',
    );
    const cancel = await intruder.api.post(`/api/orders/${orderId}/cancel`);
    expectProblem(cancel, 404, 'ORDERING.ORDER_NOT_FOUND');
    expect((await intruder.api.get('/api/orders')).body.items).toEqual([]);
    for (const list of ['payments', 'shipments']) {
      const url = `/api/${list}?orderId=${orderId}`;
      // The shipment follows the payment by an event: wait until the owner sees both.
      await eventually(async () => (await owner.api.get(url)).body.items.length === 1, url);
      expect(await intruder.api.get(url)).toMatchObject({ status: 200, body: { items: [] } });
    }

    // The owner still sees it, unchanged by the attempts.
    expect((await owner.api.get(`/api/orders/${orderId}`)).body.status).toBe('PAID');
  });

  it('gives a customer no way to name another customer’s profile or saved address', async () => {
    const victim = await driver.customer();
    const intruder = await driver.customer();
    const saved = await victim.api.post('/api/customers/me/addresses', {
      recipient: 'Victim',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '62701',
      country: 'US',
    });
    expect(saved.status).toBe(201);
    // "me" is the only profile a customer reaches; another's saved address is unknown to them.
    expect((await intruder.api.get('/api/customers/me')).body.id).toBe(intruder.id);
    const before = await driver.orderCount();
    const stolen = await intruder.api.post(
      '/api/orders',
      anOrder(sku, { shippingAddress: undefined, shippingAddressId: saved.body.id }),
    );
    expect(stolen.status).toBe(422);
    expect(stolen.body.code).toBe('ORDERING.UNKNOWN_SHIPPING_ADDRESS');
    expect(await driver.orderCount()).toBe(before);
  });
});
