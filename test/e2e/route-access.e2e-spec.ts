import { startTestApp, type TestApp } from '../support/app.js';
import { type Route, routesOf } from '../support/routes.js';
import { expectProblem, http } from '../support/http.js';

describe('access to every route', () => {
  let shop: TestApp;
  let routes: Route[];

  beforeAll(async () => {
    shop = await startTestApp();
    routes = routesOf(shop);
  });
  afterAll(() => shop?.close());

  it('finds the routes of every hosted context', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /api/products',
        'GET /api/customers/me',
        'POST /api/auth/token',
        'GET /api/admin/dead-letters',
      ]),
    );
    expect(routes.length).toBeGreaterThan(15);
  });

  it('has an explicit access mark on every route: public on purpose, or guarded', () => {
    const unmarked = routes.filter(
      (r) => !['public', 'authenticated', 'admin'].includes(r.access ?? ''),
    );
    expect(unmarked).toEqual([]);
  });

  it('answers 401 on every guarded route called without a token', async () => {
    const api = http(shop.app);
    const guarded = routes.filter((r) => r.access !== 'public');
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const url = route.path.replace(/:(\w+)/g, (_, name: string) =>
        name === 'id' ? '6f1c1a9e-3b0e-4c7e-9d7e-0d6f5b9a1c2d' : 'X-1',
      );
      const response = await api.raw(
        route.method as 'GET',
        url,
        route.method === 'GET' ? undefined : {},
      );
      expectProblem(response, 401, 'AUTH.UNAUTHENTICATED');
    }
  });

  it('answers 403 on every admin route called by a customer', async () => {
    const api = http(shop.app, { token: await shop.tokenFor('customer') });
    for (const route of routes.filter((r) => r.access === 'admin')) {
      const url = route.path.replace(/:(\w+)/g, (_, name: string) =>
        name === 'id' ? '6f1c1a9e-3b0e-4c7e-9d7e-0d6f5b9a1c2d' : 'X-1',
      );
      const response = await api.raw(
        route.method as 'GET',
        url,
        route.method === 'GET' ? undefined : {},
      );
      expectProblem(response, 403, 'AUTH.ADMIN_ROLE_REQUIRED');
    }
  });
});
