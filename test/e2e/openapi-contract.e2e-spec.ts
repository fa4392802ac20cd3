import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CLIENT_TYPES_PATH,
  clientTypes,
  describeBreakingChanges,
  PROBLEMS_PAGE_PATH,
  problemsPage,
  readSnapshot,
  SNAPSHOT_PATH,
} from '../../src/platform/http/openapi-snapshot.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { OpenApiConformance } from '../support/openapi-conformance.js';
import { redoclyErrors } from '../support/openapi-lint.js';

const ROOT = resolve(import.meta.dirname, '../..');
const committed = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** The REST contract as client developers meet it: /openapi.json. */
describe('the OpenAPI document', () => {
  let shop: TestApp;
  let document: any;

  beforeAll(async () => {
    shop = await startTestApp();
    document = (await shop.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  });
  afterAll(() => shop?.close());

  it('passes Redocly’s recommended rules with no error', async () => {
    expect(await redoclyErrors(document)).toEqual([]);
  });

  it('declares a summary, a typed success answer and a default problem on every operation', () => {
    const gaps: string[] = [];
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!operation.summary) gaps.push(`${name} has no summary`);
        const success = Object.entries<any>(operation.responses).filter(([s]) => /^2/.test(s));
        if (success.length === 0) gaps.push(`${name} declares no success answer`);
        // A 204 has no body by definition (RFC 9110).
        for (const [status, response] of success)
          if (status !== '204' && !response.content?.['application/json']?.schema)
            gaps.push(`${name} ${status} declares no body`);
        if (!operation.responses.default?.content?.['application/problem+json'])
          gaps.push(`${name} has no default problem`);
        if (!Array.isArray(operation.security)) gaps.push(`${name} says nothing of security`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('is compatible with the published snapshot', () => {
    expect(describeBreakingChanges(ROOT, document)).toEqual([]);
  });

  it('fails the gate naming a response field the code no longer sends, and says what to do', () => {
    // As if the published snapshot had a field the code no longer sends.
    const snapshot = readSnapshot(ROOT)!;
    const current = structuredClone(snapshot) as any;
    delete current.components.schemas.ProductResponse.properties.weightGrams;
    current.components.schemas.ProductResponse.required =
      current.components.schemas.ProductResponse.required.filter(
        (name: string) => name !== 'weightGrams',
      );
    const [message] = describeBreakingChanges(ROOT, current);
    expect(message).toContain(
      'GET /api/products/{sku}: 200 response body.weightGrams was removed or renamed',
    );
    expect(message).toContain('a new version of the route');
  });

  it('keeps the committed client types and problems page generated from the snapshot', async () => {
    const snapshot = readSnapshot(ROOT);
    expect(await clientTypes(ROOT, snapshot)).toBe(committed(CLIENT_TYPES_PATH));
    expect(await problemsPage(ROOT)).toBe(committed(PROBLEMS_PAGE_PATH));
    expect(SNAPSHOT_PATH).toBe('openapi/openapi.json');
  });

  describe('conformance check of the tests’ HTTP client', () => {
    let conformance: OpenApiConformance;
    const product = {
      id: '0190f5c4-8a3e-7b1c-9d2e-4f5a6b7c8d9e',
      sku: 'MUG-001',
      name: 'Enamel mug',
      description: 'A mug',
      category: 'kitchen',
      price: { amount: 1999, currency: 'USD' },
      weightGrams: 500,
      active: true,
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    };
    const exchange = (overrides: object) => ({
      method: 'GET',
      url: '/api/products/MUG-001',
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'abc-1' },
      body: product,
      ...overrides,
    });

    beforeAll(() => {
      conformance = OpenApiConformance.of(document);
    });

    it('accepts an answer as documented', async () => {
      expect(await conformance.problems(exchange({}))).toEqual([]);
    });

    it('refuses a body missing a field, a fraction where an integer is declared, or a malformed id', async () => {
      const { weightGrams: _dropped, ...withoutWeight } = product;
      expect(await conformance.problems(exchange({ body: withoutWeight }))).toEqual([
        expect.stringContaining('GET /api/products/{sku} answered 200: body at # fails'),
      ]);
      const fraction = await conformance.problems(
        exchange({ body: { ...product, weightGrams: 0.5 } }),
      );
      expect(fraction.join()).toContain('at #/weightGrams fails');
      const id = await conformance.problems(exchange({ body: { ...product, id: 'seven' } }));
      expect(id.join()).toContain('at #/id fails');
    });

    it('refuses an undeclared status, content type, missing header or undocumented operation', async () => {
      expect(await conformance.problems(exchange({ status: 202 }))).toEqual([
        expect.stringContaining('202, a status the document does not declare'),
      ]);
      expect(
        await conformance.problems(
          exchange({ headers: { 'content-type': 'text/html', 'x-request-id': 'a' } }),
        ),
      ).toEqual([expect.stringContaining('with content type "text/html"')]);
      expect(
        await conformance.problems(exchange({ headers: { 'content-type': 'application/json' } })),
      ).toEqual([expect.stringContaining('without its required header x-request-id')]);
      expect(await conformance.problems(exchange({ url: '/api/secret-admin' }))).toEqual([
        'GET /api/secret-admin answered 200, but the document has no such operation',
      ]);
    });

    it('refuses a problem whose code the operation does not list', async () => {
      const problem = {
        type: 'urn:emporium:problem:ordering.order_not_found',
        title: 'Order not found',
        status: 404,
        detail: 'No order',
        code: 'ORDERING.ORDER_NOT_FOUND',
        instance: '/api/products/MUG-001',
        requestId: 'abc-1',
      };
      const headers = { 'content-type': 'application/problem+json', 'x-request-id': 'abc-1' };
      const problems = await conformance.problems(
        exchange({ status: 404, headers, body: problem }),
      );
      expect(problems.join()).toContain('at #/code fails');
    });
  });
});
