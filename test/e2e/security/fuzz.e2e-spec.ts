import fc from 'fast-check';
import type { TestApp } from '../../support/app.js';
import { startTestApp } from '../../support/app.js';
import { http } from '../../support/http.js';
import { shopDriver } from '../../support/shop.js';
import { aProduct } from '../../builders/product.builder.js';
import { type FuzzRequest, judge, operationsOf, requestsFor } from './fuzz-requests.js';

/** Requests per operation and caller: FUZZ_RUNS (a few in `npm test`, many in `npm run fuzz`). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

/**
 * Every operation of /openapi.json, attacked with generated bad and edge-case
 * requests by an anonymous caller, a customer and an administrator. Fails on
 * any 5xx, any 4xx that is not problem+json or that changed data, and any
 * answer that shows a stack trace or internal detail. The relays and inbox
 * workers do not run, so nothing changes the data but the request itself.
 */
describe('fuzzing every operation of the OpenAPI document', () => {
  let shop: TestApp;
  let fingerprint: () => Promise<string>;
  const callers: Record<string, string | undefined> = {};

  beforeAll(async () => {
    shop = await startTestApp({ env: { MESSAGING_RUN: 'false' } });
    const driver = shopDriver(shop);
    const admin = await driver.admin();
    await admin.post('/api/products', aProduct().withSku('MUG-001').request());
    callers.anonymous = undefined;
    callers.customer = await shop.tokenFor('customer');
    callers.admin = await shop.tokenFor('admin');
    // One digest over every row of every context's tables.
    const tables = await driver.sql<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
       where table_type = 'BASE TABLE' and table_name not like 'mikro_orm%'
         and table_schema in ('catalog','customers','inventory','ordering','payments','shipping','recommendations')`,
    );
    const digest = tables
      .map(
        ({ name }) =>
          `select '${name}' || md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as d from ${name} t`,
      )
      .join(' union all ');
    fingerprint = async () =>
      (
        await driver.sql<{ d: string }>(
          `select md5(string_agg(d, '|' order by d)) as d from (${digest}) x`,
        )
      )[0]!.d;
  });
  afterAll(() => shop?.close());

  it.each([
    ['a 5xx', { status: 500, contentType: 'application/problem+json', body: '{}' }, false],
    [
      'a 4xx that is plain JSON',
      { status: 400, contentType: 'application/json', body: '{}' },
      false,
    ],
    [
      'a stack trace',
      { status: 200, contentType: 'application/json', body: 'at x (src/a.ts:1:2)' },
      false,
    ],
    [
      'SQL text',
      { status: 400, contentType: 'application/problem+json', body: 'relation "orders"' },
      false,
    ],
    [
      'a 4xx that changed data',
      { status: 409, contentType: 'application/problem+json', body: '{}' },
      true,
    ],
  ])('judges %s a failure (the oracle can fail)', (_case, answer, changedData) => {
    expect(judge({ ...answer, changedData })).toBeDefined();
    expect(judge({ ...answer, status: 201, body: '{}', changedData })).toBeUndefined();
  });

  it(
    'answers every generated request with a clean problem or a success, never a 5xx',
    async () => {
      const document = (await http(shop.app).get('/openapi.json')).body;
      const operations = operationsOf(document);
      expect(operations.length).toBeGreaterThan(20);
      const failures: string[] = [];
      let sent = 0;
      let before = await fingerprint();
      for (const [index, operation] of operations.entries()) {
        const requests = fc.sample(requestsFor(operation, document), {
          seed: SEED + index,
          numRuns: RUNS,
        });
        for (const [caller, token] of Object.entries(callers)) {
          for (const request of requests) {
            const { failure, after } = await attack(request, before, token);
            before = after;
            sent++;
            if (failure)
              failures.push(
                `${caller} ${request.method} ${request.url.slice(0, 200)} → ${failure}`,
              );
          }
        }
      }
      expect(sent).toBe(operations.length * RUNS * 3);
      expect(failures).toEqual([]);
    },
    Math.max(120_000, RUNS * 30_000),
  );

  /** Sends one request; says what is wrong with its answer, and the data's digest after it. */
  async function attack(
    request: FuzzRequest,
    before: string,
    token?: string,
  ): Promise<{ failure?: string; after: string }> {
    const response = await shop.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(request.contentType ? { 'content-type': request.contentType } : {}),
      },
      ...(request.body === undefined ? {} : { payload: request.body }),
    });
    const after = await fingerprint();
    const failure = judge({
      status: response.statusCode,
      contentType: String(response.headers['content-type'] ?? ''),
      body: response.body,
      changedData: after !== before,
    });
    return { failure, after };
  }
});
