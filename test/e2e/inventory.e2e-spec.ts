import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http } from '../support/http.js';
import { shopDriver } from '../support/shop.js';

describe('inventory over HTTP', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(async () => {
    shop = await startTestApp({ env: { MESSAGING_POLL_MS: '50' } });
    driver = shopDriver(shop);
    sku = await driver.product(aProduct().withSku('LAMP-7'), 0);
  });
  afterAll(() => shop?.close());

  it('shows a new product’s stock item empty, and adds received stock', async () => {
    expect(await driver.stock(sku)).toEqual({ sku, onHand: 0, reserved: 0, available: 0 });
    const admin = await driver.admin();
    const received = await admin.post(`/api/inventory/${sku.toLowerCase()}/receipts`, {
      quantity: 12,
    });
    expect(received.status).toBe(200);
    expect(received.body).toEqual({ sku, onHand: 12, reserved: 0, available: 12 });
    await admin.post(`/api/inventory/${sku}/receipts`, { quantity: 3 });
    expect(await driver.stock(sku)).toMatchObject({ onHand: 15, available: 15 });
  });

  it.each([
    ['a quantity of 0', { quantity: 0 }],
    ['a fractional quantity', { quantity: 1.5 }],
    ['a quantity as a string', { quantity: '5' }],
    ['an unknown property', { quantity: 5, note: 'x' }],
    ['no quantity', {}],
  ])('refuses %s with 400 naming the field, changing nothing', async (_case, body) => {
    const before = await driver.stock(sku);
    const response = await (await driver.admin()).post(`/api/inventory/${sku}/receipts`, body);
    expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(await driver.stock(sku)).toEqual(before);
  });

  it('answers 404 for an unknown sku, 403 to a customer and 401 without a token', async () => {
    const admin = await driver.admin();
    expectProblem(
      await admin.post('/api/inventory/NOPE-1/receipts', { quantity: 1 }),
      404,
      'INVENTORY.STOCK_ITEM_NOT_FOUND',
    );
    expectProblem(
      await http(shop.app).get('/api/inventory/NOPE-1'),
      404,
      'INVENTORY.STOCK_ITEM_NOT_FOUND',
    );
    const customer = http(shop.app, { token: await shop.tokenFor('customer') });
    expectProblem(
      await customer.post(`/api/inventory/${sku}/receipts`, { quantity: 1 }),
      403,
      'AUTH.ADMIN_ROLE_REQUIRED',
    );
    expectProblem(
      await http(shop.app).post(`/api/inventory/${sku}/receipts`, { quantity: 1 }),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });
});
