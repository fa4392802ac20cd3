import { CONTEXT_MODULES } from '../../src/app/contexts.js';
import { eventCatalog } from '../../src/platform/messaging/event-catalog.js';
import { shopEvents } from '../../src/platform/observability/system-shape.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { expectProblem, http } from '../support/http.js';
import { changes, parseExposition, total } from '../support/prometheus.js';
import { SEVEN_CONTEXTS, shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

const METRICS_TOKEN = 'prometheus-scrape-token-0123456789abcdef';

describe('GET /metrics', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;

  beforeAll(async () => {
    shop = await startTestApp({ env: { METRICS_TOKEN, MESSAGING_POLL_MS: '50' } });
    driver = shopDriver(shop);
  });
  afterAll(() => shop?.close());

  const scrape = async () => {
    const response = await http(shop.app).get('/metrics', {
      authorization: `Bearer ${METRICS_TOKEN}`,
    });
    expect(response.status).toBe(200);
    return parseExposition(response.body as string);
  };

  /** Nothing waits in any outbox or inbox: every effect of what happened has happened. */
  // One scrape reads the contexts' tables one after another, so a handler committing between
  // two reads can look drained: settled means drained in two scrapes that counted the same.
  const settled = async () => {
    let previous = '';
    return eventually(async () => {
      const now = await scrape();
      const waiting =
        total(now, 'emporium_outbox_waiting') +
        total(now, 'emporium_inbox_deliveries', 'state="pending"') +
        total(now, 'emporium_inbox_deliveries', 'state="retrying"');
      const counted = `${total(now, 'emporium_events_published_total')}/${total(now, 'emporium_events_handled_total')}`;
      const stable = waiting === 0 && counted === previous;
      previous = waiting === 0 ? counted : '';
      return stable && now;
    }, 'outboxes and inboxes to drain');
  };

  it('answers Prometheus with its token and administrators; nobody else', async () => {
    const anonymous = await http(shop.app).get('/metrics');
    expectProblem(anonymous, 401, 'AUTH.UNAUTHENTICATED');
    const wrong = await http(shop.app).get('/metrics', {
      authorization: `Bearer ${METRICS_TOKEN.replace('0', 'x')}`,
    });
    expectProblem(wrong, 401, 'AUTH.UNAUTHENTICATED');
    const customer = await http(shop.app, { token: await shop.tokenFor('customer') }).get(
      '/metrics',
    );
    expectProblem(customer, 403, 'AUTH.ADMIN_ROLE_REQUIRED');
    const admin = await (await driver.admin()).get('/metrics');
    expect(admin.status).toBe(200);
    expect(admin.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(admin.body).toContain('# TYPE http_requests_total counter');
  });

  it('shows process, pool and per-context backlog figures for every hosted context', async () => {
    const now = await scrape();
    for (const family of [
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(now.get(family)).toBeGreaterThan(0);
    for (const context of SEVEN_CONTEXTS) {
      for (const series of [
        `emporium_outbox_waiting{context="${context}"}`,
        `emporium_outbox_oldest_age_seconds{context="${context}"}`,
        `emporium_inbox_deliveries{context="${context}",state="dead"}`,
        `emporium_db_pool_connections{context="${context}",state="in_use"}`,
        `emporium_db_pool_connections{context="${context}",state="waiting"}`,
      ])
        expect(now.has(series)).toBe(true);
    }
  });

  it('moves by exactly what one order did', async () => {
    const sku = await driver.product(
      aProduct().withSku('METRIC-1').pricedAt(1000).weighing(500),
      10,
    );
    const { api } = await driver.customer();
    const before = await settled();

    const placed = await api.post('/api/orders', {
      lines: [{ sku, quantity: 2 }],
      shippingAddress: US_ADDRESS,
      paymentMethod: VISA,
    });
    expect(placed.status).toBe(201);
    await driver.orderReaches(api, placed.body.id, 'PAID');
    const after = await settled();

    const published = {
      ordering: ['OrderPlaced', 'OrderAwaitingPayment', 'OrderPaid'],
      inventory: ['StockReserved'],
      payments: ['PaymentCaptured'],
      shipping: ['ShipmentCreated'],
    };
    const expectedPublished = Object.fromEntries(
      Object.entries(published).flatMap(([context, events]) =>
        events.map((event) => [
          `emporium_events_published_total{context="${context}",event="${context}.${event}.v1"}`,
          1,
        ]),
      ),
    );
    expect(changes(before, after, 'emporium_events_published_total')).toEqual(expectedPublished);

    // Every consumer of each of those events ran once: no more, no less.
    const names = Object.entries(published).flatMap(([context, events]) =>
      events.map((event) => `${context}.${event}.v1`),
    );
    const expectedHandled = Object.fromEntries(
      eventCatalog(shopEvents(CONTEXT_MODULES))
        .filter((entry) => names.includes(entry.name))
        .flatMap((entry) =>
          entry.consumers.map((consumer) => [
            `emporium_events_handled_total{context="${consumer.context}",handler="${consumer.handler}",event="${entry.name}"}`,
            1,
          ]),
        ),
    );
    expect(Object.keys(expectedHandled).length).toBeGreaterThanOrEqual(7);
    expect(changes(before, after, 'emporium_events_handled_total')).toEqual(expectedHandled);
    expect(changes(before, after, 'emporium_handler_failures_total')).toEqual({});

    expect(changes(before, after, 'emporium_public_query_calls_total')).toEqual({
      'emporium_public_query_calls_total{context="shipping",query="ShippingQuotes.quote",caller="ordering"}': 1,
    });
    const orders = changes(before, after, 'http_requests_total');
    expect(orders['http_requests_total{method="POST",route="/api/orders",status="201"}']).toBe(1);
    expect(
      changes(before, after, 'http_request_duration_seconds_count')[
        'http_request_duration_seconds_count{method="POST",route="/api/orders",status="201"}'
      ],
    ).toBe(1);
  });
});
