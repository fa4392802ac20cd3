import { startTestApp, TEST_ADMIN, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/database.js';
import { expectProblem, http } from '../support/http.js';

const ada = { email: 'Ada@Example.com', name: 'Ada Lovelace', password: 'analytical-engine-1843' };
const home = {
  recipient: 'Ada Lovelace',
  line1: '12 St James Sq',
  city: 'Springfield',
  postalCode: '62701',
  country: 'US',
};

describe('customers and sign-in over HTTP', () => {
  let shop: TestApp;
  let api: ReturnType<typeof http>;
  const logLines: string[] = [];

  beforeAll(async () => {
    shop = await startTestApp({ logLines });
    api = http(shop.app);
  });
  afterAll(() => shop?.close());

  const signIn = async (email: string, password: string) => {
    const response = await api.post('/api/auth/token', { email, password });
    expect(response.status).toBe(200);
    return http(shop.app, { token: response.body.accessToken as string });
  };
  const customerCount = async () => {
    const database = new URL(shop.databaseUrl).pathname.slice(1);
    return (await adminQuery('select count(*)::int as n from customers.customers', [], database))
      .rows[0].n as number;
  };

  it('registers a customer: 201, a profile without any password, the e-mail normalised', async () => {
    const response = await api.post('/api/customers', ada);
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe('/api/customers/me');
    expect(response.body).toMatchObject({
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      role: 'customer',
      tier: 'standard',
      addresses: [],
    });
    expect(JSON.stringify(response.body)).not.toMatch(/password|analytical-engine/i);
  });

  it('refuses the same e-mail in another case with 409', async () => {
    const before = await customerCount();
    expectProblem(
      await api.post('/api/customers', { ...ada, email: 'ADA@example.COM' }),
      409,
      'CUSTOMERS.EMAIL_ALREADY_REGISTERED',
    );
    expect(await customerCount()).toBe(before);
  });

  it.each([
    ['a short password', { ...ada, email: 'b@example.com', password: 'short-pass' }, 'password'],
    ['a bad e-mail', { ...ada, email: 'not-an-email' }, 'email'],
    [
      'a missing name',
      (({ name: _n, ...rest }) => rest)({ ...ada, email: 'c@example.com' }),
      'name',
    ],
    ['an unknown property', { ...ada, email: 'd@example.com', role: 'admin' }, 'role'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_case, body, field) => {
    const before = await customerCount();
    const response = await api.post('/api/customers', body);
    expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await customerCount()).toBe(before);
  });

  it('signs in with e-mail in any case and answers wrong credentials the same whether the account exists or not', async () => {
    const token = await api.post('/api/auth/token', {
      email: 'ADA@example.com',
      password: ada.password,
    });
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 3600,
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
    });

    const wrongPassword = await api.post('/api/auth/token', {
      email: ada.email,
      password: 'not-the-password',
    });
    const unknownEmail = await api.post('/api/auth/token', {
      email: 'nobody@example.com',
      password: 'not-the-password',
    });
    for (const response of [wrongPassword, unknownEmail])
      expectProblem(response, 401, 'AUTH.INVALID_CREDENTIALS');
    const strip = ({ requestId: _r, instance: _i, ...rest }: Record<string, unknown>) => rest;
    expect(strip(wrongPassword.body)).toEqual(strip(unknownEmail.body));
  });

  it('shows the caller their own profile and saves their addresses', async () => {
    const me = await signIn(ada.email, ada.password);
    const profile = await me.get('/api/customers/me');
    expect(profile.body.email).toBe('ada@example.com');

    const added = await me.post('/api/customers/me/addresses', home);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ ...home, id: expect.any(String), line2: null });
    expect((await me.get('/api/customers/me')).body.addresses).toEqual([added.body]);

    const bad = await me.post('/api/customers/me/addresses', { ...home, country: 'USA' });
    expectProblem(bad, 400, 'REQUEST.VALIDATION_FAILED');
    expect(bad.body.errors[0].field).toBe('country');
    expectProblem(
      await me.post('/api/customers/me/addresses', { ...home, city: undefined }),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
  });

  it('lets only an administrator upgrade a customer to premium', async () => {
    const customer = await signIn(ada.email, ada.password);
    const { id } = (await customer.get('/api/customers/me')).body;
    expectProblem(
      await customer.post(`/api/customers/${id}/premium`),
      403,
      'AUTH.ADMIN_ROLE_REQUIRED',
    );

    const admin = await signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    const upgraded = await admin.post(`/api/customers/${id}/premium`);
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.tier).toBe('premium');
    expectProblem(
      await admin.post(`/api/customers/${id}/premium`),
      409,
      'CUSTOMERS.ALREADY_PREMIUM',
    );
    expectProblem(
      await admin.post('/api/customers/6f1c1a9e-3b0e-4c7e-9d7e-0d6f5b9a1c2d/premium'),
      404,
      'CUSTOMERS.CUSTOMER_NOT_FOUND',
    );
    expect((await admin.post('/api/customers/not-a-uuid/premium')).status).toBe(400);
  });

  it('makes the configured administrator an administrator', async () => {
    const admin = await signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    expect((await admin.get('/api/customers/me')).body).toMatchObject({
      email: TEST_ADMIN.email,
      role: 'admin',
    });
  });

  it('answers 401 with a Bearer challenge when the token is missing or bad', async () => {
    const missing = await api.get('/api/customers/me');
    expectProblem(missing, 401, 'AUTH.UNAUTHENTICATED');
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="emporium"');
    for (const authorization of [
      'Bearer',
      'Basic YWRhOnB3',
      'Bearer a.b.c',
      `Bearer ${'x'.repeat(40)}`,
    ]) {
      expectProblem(
        await api.get('/api/customers/me', { authorization }),
        401,
        'AUTH.UNAUTHENTICATED',
      );
    }
  });

  it('never writes a password or a token into the logs', async () => {
    const token = await api.post('/api/auth/token', { email: ada.email, password: ada.password });
    await api.get('/api/customers/me', { authorization: `Bearer ${token.body.accessToken}` });
    const all = logLines.join('\n');
    expect(all).toContain('/api/auth/token');
    expect(all).not.toContain(ada.password);
    expect(all).not.toContain(TEST_ADMIN.password);
    expect(all).not.toContain(token.body.accessToken);
  });
});
