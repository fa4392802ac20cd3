import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { IdempotencyKeyPurge } from '../../src/platform/http/idempotency/idempotency-purge.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http, type JsonResponse } from '../support/http.js';
import { eventually } from '../support/context-database.js';
import { shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

describe('Idempotency-Key on creates a client may retry (ADR 0020)', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(async () => {
    shop = await startTestApp({
      env: { MESSAGING_POLL_MS: '50', MESSAGING_BACKOFF_BASE_MS: '50' },
    });
    driver = shopDriver(shop);
    sku = await driver.product(aProduct().withSku('IDEM-1').pricedAt(1000).weighing(100), 1000);
  });
  afterAll(() => shop?.close());

  const keyed = (key: string = randomUUID()) => ({ 'idempotency-key': key });
  const anOrder = (quantity = 1, item = sku) => ({
    lines: [{ sku: item, quantity }],
    shippingAddress: US_ADDRESS,
    paymentMethod: VISA,
  });
  const ordersOf = async (customerId: string) =>
    (
      await driver.sql('select count(*)::int as n from ordering.orders where customer_id = $1', [
        customerId,
      ])
    )[0].n as number;
  const keysIn = async (schema: string) =>
    (await driver.sql(`select count(*)::int as n from ${schema}.idempotency_keys`))[0].n as number;
  const statuses = (responses: JsonResponse[]) => responses.map((r) => r.status);

  describe('placing an order', () => {
    it('answers a retry with the first answer and places the order once', async () => {
      const { api, id } = await driver.customer();
      const headers = keyed();
      const first = await api.post('/api/orders', anOrder(2), headers);
      const retry = await api.post('/api/orders', anOrder(2), headers);

      expect(statuses([first, retry])).toEqual([201, 201]);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.location).toBe(`/api/orders/${first.body.id}`);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await ordersOf(id)).toBe(1);
      const placed = await driver.sql(
        `select count(*)::int as n from ordering.outbox where aggregate_id = $1 and name = 'ordering.OrderPlaced.v1'`,
        [first.body.id],
      );
      expect(placed[0].n).toBe(1);
    });

    it('serialises concurrent retries: ten at once place one order and all get its answer', async () => {
      const { api, id } = await driver.customer();
      const headers = keyed();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => api.post('/api/orders', anOrder(1), headers)),
      );
      expect(statuses(answers)).toEqual(Array(10).fill(201));
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
      expect(await ordersOf(id)).toBe(1);
    });

    it('refuses the same key with another body: 422 IDEMPOTENCY.KEY_REUSED, nothing placed', async () => {
      const { api, id } = await driver.customer();
      const headers = keyed();
      expect((await api.post('/api/orders', anOrder(1), headers)).status).toBe(201);
      const reused = await api.post('/api/orders', anOrder(3), headers);
      expectProblem(reused, 422, 'IDEMPOTENCY.KEY_REUSED');
      expect(await ordersOf(id)).toBe(1);
    });

    it('takes the same body in another member order as the same request', async () => {
      const { api, id } = await driver.customer();
      const headers = keyed();
      const { lines, shippingAddress, paymentMethod } = anOrder(1);
      await api.post('/api/orders', { lines, shippingAddress, paymentMethod }, headers);
      const retry = await api.post(
        '/api/orders',
        { paymentMethod, shippingAddress, lines },
        headers,
      );
      expect(retry.status).toBe(201);
      expect(await ordersOf(id)).toBe(1);
    });

    it('keeps keys per caller: another customer with the same key places their own order', async () => {
      const one = await driver.customer();
      const other = await driver.customer();
      const headers = keyed();
      const first = await one.api.post('/api/orders', anOrder(1), headers);
      const second = await other.api.post('/api/orders', anOrder(1), headers);
      expect(statuses([first, second])).toEqual([201, 201]);
      expect(second.body.id).not.toBe(first.body.id);
      expect(second.headers['idempotent-replayed']).toBeUndefined();
    });

    it('keeps no answer for a refused request: nothing happened, so its retry runs again', async () => {
      const { api } = await driver.customer();
      const headers = keyed();
      const unknown = anOrder(1, 'NO-SUCH-SKU');
      const before = await keysIn('ordering');
      expectProblem(
        await api.post('/api/orders', unknown, headers),
        422,
        'ORDERING.PRODUCTS_NOT_AVAILABLE',
      );
      expect(await keysIn('ordering')).toBe(before);
      const fixed = await api.post('/api/orders', anOrder(1), headers);
      expect(fixed.status).toBe(201);
    });

    it('refuses a malformed key with a 400 naming the header, and writes nothing', async () => {
      const { api, id } = await driver.customer();
      const tooLong = await api.post('/api/orders', anOrder(1), keyed('k'.repeat(256)));
      expectProblem(tooLong, 400, 'IDEMPOTENCY.KEY_INVALID');
      expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
      expectProblem(
        await api.post('/api/orders', anOrder(1), keyed('has space')),
        400,
        'IDEMPOTENCY.KEY_INVALID',
      );
      expect(await ordersOf(id)).toBe(0);
    });

    it('makes a retry wait for the first request: runs it if the first failed, else 409 with Retry-After', async () => {
      const { api, id } = await driver.customer();
      const key = randomUUID();
      // The first request, in flight: its transaction holds the key and has not committed.
      const first = new pg.Client({ connectionString: shop.databaseUrl });
      await first.connect();
      try {
        const claim = (k: string) =>
          first.query(
            `insert into ordering.idempotency_keys (scope, key, fingerprint, created_at, expires_at)
             values ($1, $2, 'first', now(), now() + interval '1 day')`,
            [`${id} POST /api/orders`, k],
          );
        await first.query('begin');
        await claim(key);
        const waiting = api.post('/api/orders', anOrder(1), keyed(key));
        await new Promise((resolve) => setTimeout(resolve, 300));
        await first.query('rollback');
        const ran = await waiting;
        expect(ran.status).toBe(201);
        expect(await ordersOf(id)).toBe(1);

        const otherKey = randomUUID();
        await first.query('begin');
        await claim(otherKey);
        const busy = await api.post('/api/orders', anOrder(1), keyed(otherKey));
        expectProblem(busy, 409, 'IDEMPOTENCY.REQUEST_IN_PROGRESS');
        expect(busy.headers['retry-after']).toBe('1');
        expect(await ordersOf(id)).toBe(1);
      } finally {
        await first.query('rollback');
        await first.end();
      }
    });

    it('without the header stores no key: the route runs exactly as before', async () => {
      const { api, id } = await driver.customer();
      const before = await keysIn('ordering');
      const placed = await api.post('/api/orders', anOrder(1));
      const again = await api.post('/api/orders', anOrder(1));
      expect(statuses([placed, again])).toEqual([201, 201]);
      expect(again.body.id).not.toBe(placed.body.id);
      expect(await keysIn('ordering')).toBe(before);
      expect(await ordersOf(id)).toBe(2);
    });
  });

  it('documents the header in OpenAPI on every retry-safe create', async () => {
    const document = (await http(shop.app).get('/openapi.json')).body;
    const retrySafe = [
      ['/api/orders', 'post'],
      ['/api/orders/{id}/cancel', 'post'],
      ['/api/customers', 'post'],
      ['/api/customers/me/addresses', 'post'],
      ['/api/products', 'post'],
      ['/api/inventory/{sku}/receipts', 'post'],
      ['/api/promotions', 'post'],
      ['/api/shipments/{id}/dispatch', 'post'],
      ['/api/shipments/{id}/deliver', 'post'],
    ] as const;
    for (const [path, method] of retrySafe) {
      const operation = document.paths[path]?.[method];
      expect({
        path,
        header: operation?.parameters?.find((p: { name: string }) => p.name === 'Idempotency-Key'),
      }).toEqual({
        path,
        header: expect.objectContaining({ in: 'header', required: false }),
      });
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['409', '422']));
    }
  });

  describe('the other creates', () => {
    it('cancel: a retry gets the first 200 instead of a 409', async () => {
      const { api } = await driver.customer();
      const placed = await api.post('/api/orders', anOrder(1));
      const headers = keyed();
      const url = `/api/orders/${placed.body.id}/cancel`;
      const first = await api.post(url, {}, headers);
      const retry = await api.post(url, {}, headers);
      expect(statuses([first, retry])).toEqual([200, 200]);
      expect(first.body.status).toBe('CANCELLED');
      expect(retry.body).toEqual(first.body);
      // The same key on another order is another request.
      const other = await api.post('/api/orders', anOrder(1));
      expectProblem(
        await api.post(`/api/orders/${other.body.id}/cancel`, {}, headers),
        422,
        'IDEMPOTENCY.KEY_REUSED',
      );
      expectProblem(await api.post(url), 409, 'ORDERING.ORDER_ALREADY_CANCELLED');
    });

    it('registration: a retry answers 201 with the same customer instead of 409', async () => {
      const api = http(shop.app);
      const body = {
        email: `retry-${randomUUID()}@example.com`,
        name: 'Retrying Client',
        password: 'a-long-enough-password',
      };
      const headers = keyed();
      const answers = await Promise.all(
        [1, 2, 3].map(() => api.post('/api/customers', body, headers)),
      );
      expect(statuses(answers)).toEqual([201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(answers[0]!.body).toMatchObject({ email: body.email });
      expectProblem(
        await api.post('/api/customers', body),
        409,
        'CUSTOMERS.EMAIL_ALREADY_REGISTERED',
      );
    });

    it('stock receipts and promotions: received and created once', async () => {
      const admin = await driver.admin();
      const item = await driver.product(aProduct().withSku('IDEM-2'), 0);
      const headers = keyed();
      const receipts = await Promise.all(
        [1, 2].map(() => admin.post(`/api/inventory/${item}/receipts`, { quantity: 7 }, headers)),
      );
      expect(statuses(receipts)).toEqual([200, 200]);
      expect(receipts[1]!.body).toEqual(receipts[0]!.body);
      expect((await driver.stock(item)).onHand).toBe(7);

      const promotion = {
        code: 'RETRY10',
        percentage: 10,
        validFrom: '2026-01-01T00:00:00.000Z',
        validUntil: '2027-01-01T00:00:00.000Z',
      };
      const promotionKey = keyed();
      const created = await admin.post('/api/promotions', promotion, promotionKey);
      const retried = await admin.post('/api/promotions', promotion, promotionKey);
      expect(statuses([created, retried])).toEqual([201, 201]);
      expect(retried.body).toEqual(created.body);
    });

    it('dispatch and deliver: a retry answers the first shipment state', async () => {
      const { api } = await driver.customer();
      const placed = await api.post('/api/orders', anOrder(1));
      await driver.orderReaches(api, placed.body.id, 'PAID');
      const admin = await driver.admin();
      const shipment = await eventually(async () => {
        const list = await admin.get(`/api/shipments?orderId=${placed.body.id}`);
        return list.body.items?.[0]?.id as string | undefined;
      }, 'shipment');
      const dispatchKey = keyed();
      const dispatched = await Promise.all(
        [1, 2].map(() =>
          admin.post(`/api/shipments/${shipment}/dispatch`, { carrier: 'UPS' }, dispatchKey),
        ),
      );
      expect(statuses(dispatched)).toEqual([200, 200]);
      expect(dispatched[1]!.body).toEqual(dispatched[0]!.body);
      const deliverKey = keyed();
      const delivered = [
        await admin.post(`/api/shipments/${shipment}/deliver`, {}, deliverKey),
        await admin.post(`/api/shipments/${shipment}/deliver`, {}, deliverKey),
      ];
      expect(statuses(delivered)).toEqual([200, 200]);
      expect(delivered[1]!.body.status).toBe('DELIVERED');
    });
  });

  describe('concurrent cancels of one order', () => {
    it('20 at once: exactly one 200, every other a 409 problem, never a 500', async () => {
      const { api } = await driver.customer();
      const placed = await api.post('/api/orders', anOrder(1));
      // Paid: no event moves the order any more, only the cancels race.
      await driver.orderReaches(api, placed.body.id, 'PAID');
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => api.post(`/api/orders/${placed.body.id}/cancel`)),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      const refused = answers.filter((a) => a.status !== 200);
      expect(refused).toHaveLength(19);
      for (const answer of refused) {
        expectProblem(answer, 409, answer.body.code);
        expect(['ORDERING.ORDER_ALREADY_CANCELLED', 'CONCURRENCY.CONFLICT']).toContain(
          answer.body.code,
        );
      }
    });
  });

  describe('expiry', () => {
    it('forgets a key after IDEMPOTENCY_KEY_TTL_HOURS: the retry is a new request; expired keys are purged', async () => {
      const { id } = await driver.customer();
      const headers = keyed();
      // Bearer tokens expire by the same clock: each call after a jump signs in afresh.
      const later = async (hours: number) => {
        shop.clock.set(new Date(shop.clock.now().getTime() + hours * 3.6e6));
        return http(shop.app, { token: await shop.tokenFor('customer', id) });
      };
      const first = await (await later(0)).post('/api/orders', anOrder(1), headers);
      const withinDay = await (await later(23)).post('/api/orders', anOrder(1), headers);
      expect(withinDay.body.id).toBe(first.body.id);
      const afterDay = await (await later(2)).post('/api/orders', anOrder(1), headers);
      expect(afterDay.status).toBe(201);
      expect(afterDay.body.id).not.toBe(first.body.id);
      expect(await ordersOf(id)).toBe(2);

      expect(await keysIn('ordering')).toBeGreaterThan(0);
      shop.clock.set(new Date(shop.clock.now().getTime() + 25 * 3.6e6));
      await shop.app.get(IdempotencyKeyPurge).purge();
      expect(await keysIn('ordering')).toBe(0);
    });
  });
});
