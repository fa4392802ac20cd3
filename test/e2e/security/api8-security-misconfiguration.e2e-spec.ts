import { startTestApp, type TestApp } from '../../support/app.js';
import { expectProblem, http, type JsonResponse } from '../../support/http.js';

const HELMET_DEFAULTS = {
  'content-security-policy': expect.stringContaining("default-src 'self'"),
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * OWASP API8:2023 Security Misconfiguration: hardened headers on every answer,
 * CORS closed unless configured, documents and readiness that reveal nothing
 * they need not.
 */
describe('API8 security misconfiguration', () => {
  let shop: TestApp;
  let locked: TestApp;

  beforeAll(async () => {
    shop = await startTestApp();
    locked = await startTestApp({
      contexts: 'catalog',
      env: { HTTP_CORS_ORIGINS: 'https://shop.example.com', HTTP_API_DOCS: 'false' },
    });
  });
  afterAll(async () => {
    await shop?.close();
    await locked?.close();
  });

  const get = (app: TestApp, url: string, headers?: Record<string, string>) =>
    http(app.app).get(url, headers);

  it.each([
    ['a JSON answer', '/api/products'],
    ['a 404 problem', '/api/nowhere'],
    ['a 401 problem', '/api/customers/me'],
    ['a 400 from the router (bad URL encoding)', '/api/products/%E0%A4%A'],
    ['a 414 from the router (long path parameter)', `/api/products/${'A'.repeat(500)}`],
    ['the readiness check', '/health/ready'],
  ])('sends the security headers on %s, and no X-Powered-By', async (_case, url) => {
    const response = await get(shop, url);
    expect(response.headers).toMatchObject(HELMET_DEFAULTS);
    expect(response.headers['x-powered-by']).toBeUndefined();
    if (response.status >= 400) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('names the router’s refusals with stable codes', async () => {
    expectProblem(await get(shop, '/api/products/%E0%A4%A'), 400, 'REQUEST.MALFORMED_URL');
    expectProblem(await get(shop, `/api/products/${'A'.repeat(500)}`), 414, 'REQUEST.URL_TOO_LONG');
  });

  it('grants no cross-origin access by default', async () => {
    const simple = await get(shop, '/api/products', { origin: 'https://evil.example' });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await shop.app.inject({
      method: 'OPTIONS',
      url: '/api/orders',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('grants cross-origin access to the configured origins only', async () => {
    const allowed = await get(locked, '/api/products', { origin: 'https://shop.example.com' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await get(locked, '/api/products', { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the API documents unless switched off', async () => {
    for (const url of ['/openapi.json', '/asyncapi.json', '/docs']) {
      expect((await get(shop, url)).status).toBe(200);
      expect((await get(locked, url)).status).toBe(404);
    }
  });

  it('tells the public whether it is ready, and nothing about its databases', async () => {
    const ready: JsonResponse = await get(shop, '/health/ready');
    expect(ready.status).toBe(200);
    const text = JSON.stringify(ready.body);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|:\d{4,5}\b|postgres|password|emporium_/i);
    for (const check of ready.body.checks)
      expect(Object.keys(check).sort()).toEqual(['name', 'ok']);
  });
});
