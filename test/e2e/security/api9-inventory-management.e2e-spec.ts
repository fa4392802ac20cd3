import { startTestApp, type TestApp } from '../../support/app.js';
import { http } from '../../support/http.js';
import { routesOf } from '../../support/routes.js';

/**
 * OWASP API9:2023 Improper Inventory Management: every route the process
 * serves is in the published document (no forgotten, undocumented endpoint),
 * and the document lists nothing the process does not serve.
 */
describe('API9 inventory management', () => {
  let shop: TestApp;

  beforeAll(async () => (shop = await startTestApp()));
  afterAll(() => shop?.close());

  // Operations endpoints, documented in the README rather than the API document, and the
  // signed process-to-process public queries, which are no client's (ADR 0024).
  const OPERATIONS = /^\/(health\/|asyncapi\.json$|metrics$|internal\/queries\/)/;

  it('documents exactly the API routes it serves', async () => {
    const document = (await http(shop.app).get('/openapi.json')).body;
    const documented = Object.entries<Record<string, unknown>>(document.paths)
      .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const served = routesOf(shop)
      .filter((route) => !OPERATIONS.test(route.path))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    expect(served.length).toBeGreaterThan(20);
    expect(documented).toEqual(served);
  });

  it('states its version, so clients and operators know which contract they talk to', async () => {
    const document = (await http(shop.app).get('/openapi.json')).body;
    expect(document.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.openapi).toBe('3.1.0');
  });
});
