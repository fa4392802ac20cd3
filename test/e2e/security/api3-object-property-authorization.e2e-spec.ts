import type { TestApp } from '../../support/app.js';
import { expectProblem, http } from '../../support/http.js';
import type { shopDriver } from '../../support/shop.js';
import { anOrder, securityShop } from './security-shop.js';

/**
 * OWASP API3:2023 Broken Object Property Level Authorization: a caller can
 * neither set properties it does not own (mass assignment) nor read ones it
 * must not see.
 */
describe('API3 object property level authorization', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(async () => ({ shop, driver, sku } = await securityShop()));
  afterAll(() => shop?.close());

  it.each([
    ['role', 'admin'],
    ['tier', 'premium'],
    ['lifetimeSpend', { amount: 100_000_000, currency: 'USD' }],
    ['id', '019ca8a0-3e80-7341-8d1e-df2d140303d8'],
  ])('refuses a registration that sets %s, and registers nobody', async (field, value) => {
    const email = `mass-${field}@example.com`;
    const response = await http(shop.app).post('/api/customers', {
      email,
      name: 'Mallory',
      password: 'a-long-enough-password',
      [field]: value,
    });
    expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const rows = await driver.sql('select 1 from customers.customers where email = $1', [email]);
    expect(rows).toHaveLength(0);
  });

  it.each([
    ['status', 'PAID'],
    ['customerId', '019ca8a0-3e80-7341-8d1e-df2d140303d8'],
    ['totals', { total: { amount: 1, currency: 'USD' } }],
  ])('refuses an order that sets %s, and writes no order', async (field, value) => {
    const { api } = await driver.customer();
    const before = await driver.orderCount();
    const response = await api.post('/api/orders', anOrder(sku, { [field]: value }));
    expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(await driver.orderCount()).toBe(before);
  });

  it('refuses a unit price in an order line: prices come from the price list only', async () => {
    const { api } = await driver.customer();
    const response = await api.post(
      '/api/orders',
      anOrder(sku, { lines: [{ sku, quantity: 1, unitPrice: { amount: 1, currency: 'USD' } }] }),
    );
    expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(response.body.errors[0].field).toBe('lines[0].unitPrice');
  });

  it('never shows a password or its hash, nor the token version, in a profile', async () => {
    const { api } = await driver.customer();
    const registered = await http(shop.app).post('/api/customers', {
      email: 'visible@example.com',
      name: 'Visible',
      password: 'a-long-enough-password',
    });
    for (const body of [registered.body, (await api.get('/api/customers/me')).body]) {
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/password|scrypt|hash|tokenVersion|token_version/i);
    }
  });
});
