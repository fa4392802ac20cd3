import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ACCESS } from '../../src/platform/auth/access.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http } from '../support/http.js';

interface Route {
  method: string;
  path: string;
  access: string | undefined;
}

/** Every route of the app, read from Nest's metadata, with its access mark. */
function routesOf(shop: TestApp): Route[] {
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  const controllers = [...shop.app.get(ModulesContainer).values()].flatMap((module) => [
    ...module.controllers.values(),
  ]);
  for (const wrapper of controllers) {
    const controller = wrapper.metatype as (new () => object) | null;
    if (!controller || !wrapper.instance) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]!;
      const access = (Reflect.getMetadata(ACCESS, handler) ??
        Reflect.getMetadata(ACCESS, controller)) as string | undefined;
      routes.push({
        method,
        path: `/${[base, path].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/'),
        access,
      });
    }
  }
  return routes;
}

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
