import { catalogMigrations } from '../../migrations/catalog/index.js';
import { customersMigrations } from '../../migrations/customers/index.js';
import { inventoryMigrations } from '../../migrations/inventory/index.js';
import { orderingMigrations } from '../../migrations/ordering/index.js';
import { paymentsMigrations } from '../../migrations/payments/index.js';
import { recommendationsMigrations } from '../../migrations/recommendations/index.js';
import { shippingMigrations } from '../../migrations/shipping/index.js';
import { PLATFORM_MIGRATIONS } from '../../src/platform/messaging/context-database.provider.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http } from '../support/http.js';

describe('HTTP conventions', () => {
  let shop: TestApp;
  let api: ReturnType<typeof http>;
  const logLines: string[] = [];

  beforeAll(async () => {
    shop = await startTestApp({ logLines });
    api = http(shop.app);
  });
  afterAll(() => shop?.close());

  it('answers an unknown route with problem+json 404', async () => {
    expectProblem(await api.get('/api/nothing-here'), 404, 'HTTP.NOT_FOUND');
  });

  it('answers malformed JSON with problem+json 400', async () => {
    const response = await api.raw('POST', '/api/products', '{"sku": ', {
      'content-type': 'application/json',
    });
    expectProblem(response, 400, 'REQUEST.MALFORMED_JSON');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await api.raw('POST', '/api/products', 'sku=MUG-1', {
      'content-type': 'text/plain',
    });
    expectProblem(response, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('keeps a caller’s x-request-id, puts it in the problem and in the logs', async () => {
    const response = await api.get('/api/products/NOPE-1', { 'x-request-id': 'trace-abc-123' });
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    expect(response.body.requestId).toBe('trace-abc-123');
    const lines = logLines
      .map((line) => JSON.parse(line))
      .filter((l) => l.reqId === 'trace-abc-123');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.every((l) => typeof l.level === 'string' && typeof l.time === 'string')).toBe(
      true,
    );
  });

  it('makes a request id when none (or a suspicious one) is given', async () => {
    const plain = await api.get('/health/live');
    expect(plain.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await api.get('/health/live', { 'x-request-id': 'evil\u0001id' });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never logs credentials', async () => {
    await api.get('/api/products', { authorization: 'Bearer super-secret-token-value' });
    const all = logLines.join('\n');
    expect(all).toContain('"url":"/api/products"');
    expect(all).not.toContain('super-secret-token-value');
  });

  it('serves health: live, and ready once the database answers with all migrations applied', async () => {
    expect((await api.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: [
        { name: 'database:catalog', ok: true },
        { name: 'database:customers', ok: true },
        { name: 'database:inventory', ok: true },
        { name: 'database:ordering', ok: true },
        { name: 'database:payments', ok: true },
        { name: 'database:recommendations', ok: true },
        { name: 'database:shipping', ok: true },
      ],
    });
  });

  it('serves an OpenAPI 3.1 document describing the API and its problems', async () => {
    const response = await api.get('/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/products', '/api/products/{sku}', '/api/products/{sku}/price']),
    );
    const create = response.body.paths['/api/products'].post;
    expect(create.responses['409'].content['application/problem+json']).toBeDefined();
    expect(create.security).toEqual([{ bearer: [] }]);
    expect(response.body.paths['/health/live']).toBeUndefined();
  });

  it('renders Swagger UI at /docs with its assets', async () => {
    const page = await api.get('/docs');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('swagger-ui');
    const script = await api.get('/docs/swagger-ui-bundle.js');
    expect(script.status).toBe(200);
  });
});

describe('readiness', () => {
  it('answers 503 while a migration is pending', async () => {
    const shop = await startTestApp({ env: { DATABASE_MIGRATE: 'false' } });
    try {
      const ready = await http(shop.app).get('/health/ready');
      expect(ready.status).toBe(503);
      // Every migration of each context is pending: the platform's, then its own.
      const own = {
        catalog: catalogMigrations,
        customers: customersMigrations,
        inventory: inventoryMigrations,
        ordering: orderingMigrations,
        payments: paymentsMigrations,
        recommendations: recommendationsMigrations,
        shipping: shippingMigrations,
      };
      expect(ready.body.checks).toEqual(
        Object.entries(own).map(([context, migrations]) => ({
          name: `database:${context}`,
          ok: false,
          detail: `${PLATFORM_MIGRATIONS.length + migrations.length} pending migration(s)`,
        })),
      );
    } finally {
      await shop.close();
    }
  });
});
