import { createHmac, randomUUID } from 'node:crypto';
import type { TestApp } from '../../support/app.js';
import { expectProblem, http, type JsonResponse } from '../../support/http.js';
import type { shopDriver } from '../../support/shop.js';
import { anOrder, securityShop } from './security-shop.js';

const PASSWORD = 'a-long-enough-password';
const JWT_SECRET = 'test-jwt-secret-0123456789-0123456789';

/** OWASP API2:2023 Broken Authentication: tokens, sign-in guessing, revocation. */
describe('API2 authentication', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(
    async () =>
      ({ shop, driver, sku } = await securityShop({
        // The driver signs its customers in from 127.0.0.1 (7 in this file); tests use other addresses.
        RATE_LIMIT_SIGN_IN: '10',
        AUTH_SIGN_IN_FREE_FAILURES: '3',
        AUTH_SIGN_IN_MAX_DELAY_SECONDS: '60',
      })),
  );
  afterAll(() => shop?.close());

  /** A sign-in attempt from a given client address (each test uses its own). */
  async function signIn(email: string, password: string, address: string): Promise<JsonResponse> {
    const response = await shop.app.inject({
      method: 'POST',
      url: '/api/auth/token',
      payload: { email, password },
      remoteAddress: address,
    });
    return { status: response.statusCode, headers: response.headers, body: response.json() };
  }

  const forge = (claims: Record<string, unknown>, secret = JWT_SECRET, alg = 'HS256') => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const iat = Math.floor(shop.clock.now().getTime() / 1000);
    const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64({
      role: 'customer',
      iss: 'emporium',
      aud: 'emporium-api',
      iat,
      exp: iat + 600,
      ...claims,
    })}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  };

  it.each([
    ['signed with another key', () => forge({ sub: randomUUID() }, 'x'.repeat(40))],
    ['with alg none', () => forge({ sub: randomUUID() }, JWT_SECRET, 'none')],
    ['whose subject is not a customer id', () => forge({ sub: 'not-a-uuid' })],
    ['of a customer that does not exist', () => forge({ sub: randomUUID() })],
  ])('refuses a token %s with 401, and it places no order', async (_case, token) => {
    const api = http(shop.app, { token: token() });
    expectProblem(await api.get('/api/customers/me'), 401, 'AUTH.UNAUTHENTICATED');
    const before = await driver.orderCount();
    expectProblem(await api.post('/api/orders', anOrder(sku)), 401, 'AUTH.UNAUTHENTICATED');
    expect(await driver.orderCount()).toBe(before);
  });

  it('answers an unknown e-mail exactly as a wrong password, and never caches a token', async () => {
    const { email } = await driver.customer();
    const wrong = await signIn(email, 'not-the-password', '10.0.1.1');
    const unknown = await signIn(`nobody-${randomUUID()}@example.com`, PASSWORD, '10.0.1.1');
    expectProblem(wrong, 401, 'AUTH.INVALID_CREDENTIALS');
    expect({ ...unknown.body, requestId: 0 }).toEqual({ ...wrong.body, requestId: 0 });

    const good = await signIn(email, PASSWORD, '10.0.1.1');
    expect(good.status).toBe(200);
    expect(good.headers['cache-control']).toBe('no-store');
  });

  it('slows guessing on one account from many addresses, and lets its owner in once the wait is over', async () => {
    const { email } = await driver.customer();
    for (let i = 1; i <= 3; i++) {
      expect((await signIn(email, `guess-${i}`, `10.0.2.${i}`)).status).toBe(401);
    }
    expect((await signIn(email, 'guess-4', '10.0.2.4')).status).toBe(401); // the first slowed one
    const refused = await signIn(email, PASSWORD, '10.0.2.5');
    expectProblem(refused, 429, 'AUTH.SIGN_IN_THROTTLED');
    expect(refused.headers['retry-after']).toBe('1');

    shop.clock.advance(1000);
    expect((await signIn(email, PASSWORD, '10.0.2.5')).status).toBe(200);
    // The success cleared the record: the next mistake is free again.
    expect((await signIn(email, 'typo', '10.0.2.5')).status).toBe(401);
    expect((await signIn(email, PASSWORD, '10.0.2.5')).status).toBe(200);
  });

  it('lets no burst of concurrent guesses past the account throttle', async () => {
    const { email } = await driver.customer();
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(email, `guess-${i}`, `10.0.7.${i}`)),
    );
    const statuses = burst.map((response) => response.status).sort();
    // Three free attempts and the first slowed one are heard; the others wait without a hash.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429, 429, 429]);
  });

  it('limits the attempts of one client address across accounts, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await signIn(`nobody-${i}@example.com`, 'guess', '10.0.3.1')).status);
    }
    expect(statuses).toEqual(Array(10).fill(401));
    const limited = await signIn('nobody@example.com', 'guess', '10.0.3.1');
    expectProblem(limited, 429, 'REQUEST.RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn('nobody@example.com', 'guess', '10.0.3.2')).status).toBe(401);
  });

  it('revokes every token of a customer who signs out, and only theirs', async () => {
    const { api, email } = await driver.customer();
    const other = await driver.customer();
    expect((await api.post('/api/auth/sign-out')).status).toBe(204);
    expectProblem(await api.get('/api/customers/me'), 401, 'AUTH.UNAUTHENTICATED');
    expect((await other.api.get('/api/customers/me')).status).toBe(200);

    const again = await signIn(email, PASSWORD, '10.0.4.1');
    const fresh = http(shop.app, { token: again.body.accessToken });
    expect((await fresh.get('/api/customers/me')).status).toBe(200);
  });

  it('changes a password only with the current one, revoking the other tokens', async () => {
    const { api, email } = await driver.customer();
    const wrong = await api.post('/api/customers/me/password', {
      currentPassword: 'not-it',
      newPassword: 'a-brand-new-password',
    });
    expectProblem(wrong, 400, 'CUSTOMERS.CURRENT_PASSWORD_WRONG');
    expect((await api.get('/api/customers/me')).status).toBe(200);

    const changed = await api.post('/api/customers/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'a-brand-new-password',
    });
    expect(changed.status).toBe(200);
    expect(changed.headers['cache-control']).toBe('no-store');
    expectProblem(await api.get('/api/customers/me'), 401, 'AUTH.UNAUTHENTICATED');
    const renewed = http(shop.app, { token: changed.body.accessToken });
    expect((await renewed.get('/api/customers/me')).status).toBe(200);
    expect((await signIn(email, PASSWORD, '10.0.5.1')).status).toBe(401);
    expect((await signIn(email, 'a-brand-new-password', '10.0.5.1')).status).toBe(200);
  });

  it('lets an administrator disable an account: its token fails at once, it cannot sign in', async () => {
    const { api, id, email } = await driver.customer();
    const admin = await driver.admin();
    expect((await admin.post(`/api/customers/${id}/disable`)).status).toBe(204);
    expectProblem(await api.get('/api/customers/me'), 401, 'AUTH.UNAUTHENTICATED');
    const before = await driver.orderCount();
    expectProblem(await api.post('/api/orders', anOrder(sku)), 401, 'AUTH.UNAUTHENTICATED');
    expect(await driver.orderCount()).toBe(before);
    expectProblem(await signIn(email, PASSWORD, '10.0.6.1'), 401, 'AUTH.INVALID_CREDENTIALS');
    expectProblem(
      await admin.post(`/api/customers/${randomUUID()}/disable`),
      404,
      'CUSTOMERS.CUSTOMER_NOT_FOUND',
    );
  });
});
