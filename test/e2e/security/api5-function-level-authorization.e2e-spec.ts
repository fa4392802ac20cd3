import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../support/app.js';
import { expectProblem, http } from '../../support/http.js';
import type { shopDriver } from '../../support/shop.js';
import { securityShop } from './security-shop.js';

/**
 * OWASP API5:2023 Broken Function Level Authorization: administrative
 * functions refuse customers, whatever they put in their token or request.
 * (test/e2e/route-access.e2e-spec.ts walks every route; this file shows the
 * attacks.)
 */
describe('API5 function level authorization', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(async () => ({ shop, driver, sku } = await securityShop()));
  afterAll(() => shop?.close());

  it('refuses a customer every administrative function with 403, changing nothing', async () => {
    const { api, id } = await driver.customer();
    const attempts = [
      api.post('/api/products', { sku: 'EVIL-1', name: 'x' }),
      api.put(`/api/products/${sku}/price`, { price: { amount: 1, currency: 'USD' } }),
      api.post(`/api/products/${sku}/discontinue`),
      api.post(`/api/inventory/${sku}/receipts`, { quantity: 1000 }),
      api.post(`/api/customers/${id}/premium`),
      api.post(`/api/customers/${randomUUID()}/disable`),
      api.post('/api/promotions', {
        code: 'FREE100',
        percentage: 100,
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z',
      }),
      api.get('/api/admin/dead-letters'),
      api.get('/api/admin/event-log/ordering'),
      api.post('/api/admin/recommendations/rebuild'),
    ];
    for (const response of await Promise.all(attempts)) {
      expectProblem(response, 403, 'AUTH.ADMIN_ROLE_REQUIRED');
    }
    expect((await api.get('/api/customers/me')).body.tier).toBe('standard');
    expect((await http(shop.app).get(`/api/products/${sku}`)).body.price.amount).toBe(1999);
  });

  it('does not let a customer upgrade their token to admin: the role is signed', async () => {
    const signedIn = await shop.tokenFor('customer');
    const [header, payload, signature] = signedIn.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const elevated = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString(
      'base64url',
    );
    expect((await http(shop.app, { token: signedIn }).get('/api/customers/me')).status).toBe(200);
    const forged = http(shop.app, { token: `${header}.${elevated}.${signature}` });
    expectProblem(await forged.get('/api/admin/dead-letters'), 401, 'AUTH.UNAUTHENTICATED');
  });
});
