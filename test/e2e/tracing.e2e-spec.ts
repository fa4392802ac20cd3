import { randomBytes } from 'node:crypto';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace';
import { loadConfig } from '../../src/platform/config/config.js';
import { type TracingHandle, startTracing } from '../../src/platform/observability/tracing-sdk.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { http } from '../support/http.js';
import { startNatsServer } from '../support/nats-server.js';
import { shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

describe('one order is one trace across its contexts', () => {
  const exporter = new InMemorySpanExporter();
  const logLines: string[] = [];
  let tracing: TracingHandle | undefined;
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;

  beforeAll(async () => {
    tracing = startTracing(loadConfig({}), {
      processors: [new SimpleSpanProcessor({ exporter })],
    });
    shop = await startTestApp({ env: { MESSAGING_POLL_MS: '50' }, logLines });
    driver = shopDriver(shop);
  });
  afterAll(async () => {
    await shop?.close();
    await tracing?.shutdown();
  });

  const spansOf = (traceId: string) =>
    exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
  const named = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);
  const contextOf = (span: ReadableSpan) => span.attributes['emporium.context'];

  it('continues the caller’s traceparent through the command, its outbox rows and every handler', async () => {
    const sku = await driver.product(aProduct().withSku('TRACE-1').pricedAt(1200).weighing(400), 5);
    const { api } = await driver.customer();
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');

    const placed = await api.post(
      '/api/orders',
      { lines: [{ sku, quantity: 1 }], shippingAddress: US_ADDRESS, paymentMethod: VISA },
      { traceparent: `00-${traceId}-${callerSpan}-01` },
    );
    expect(placed.status).toBe(201);
    await driver.orderReaches(api, placed.body.id, 'PAID');
    const handlers = [
      'inventory.ReserveStockOnOrderPlaced',
      'ordering.AwaitPaymentOnStockReserved',
      'payments.ChargeOnOrderAwaitingPayment',
      'ordering.MarkPaidOnPaymentCaptured',
      'inventory.CommitStockOnOrderPaid',
      'shipping.CreateShipmentOnOrderPaid',
      'recommendations.CountCoPurchasesOnOrderPaid',
    ];
    const spans = await eventually(async () => {
      const found = spansOf(traceId);
      const handled = new Set(found.map((s) => s.attributes['emporium.handler']));
      return handlers.every((handler) => handled.has(handler)) && found;
    }, 'a span for every handler the order reaches');

    const [request] = named(spans, 'POST /api/orders');
    expect(request).toBeDefined();
    expect(request!.parentSpanContext?.spanId).toBe(callerSpan);
    expect(contextOf(request!)).toBe('ordering');
    expect(request!.attributes['http.response.status_code']).toBe(201);

    const [command] = named(spans, 'ordering command PlaceOrderCommand');
    expect(command!.parentSpanContext?.spanId).toBe(request!.spanContext().spanId);
    const quote = named(spans, 'shipping ShippingQuotes.quote')[0]!;
    expect(quote.attributes['emporium.caller']).toBe('ordering');
    expect(contextOf(quote)).toBe('shipping');

    const outbox = named(spans, 'ordering outbox append').find(
      (span) => span.parentSpanContext?.spanId === command!.spanContext().spanId,
    );
    expect(outbox?.attributes['emporium.events']).toEqual(['ordering.OrderPlaced.v1']);
    const reserve = spans.find(
      (span) => span.attributes['emporium.handler'] === 'inventory.ReserveStockOnOrderPlaced',
    )!;
    expect(reserve.parentSpanContext?.spanId).toBe(outbox!.spanContext().spanId);

    // Each handler's span names the context that did the work.
    for (const handler of handlers) {
      const span = spans.find((s) => s.attributes['emporium.handler'] === handler)!;
      expect(contextOf(span)).toBe(handler.split('.')[0]);
    }
    expect(new Set(spans.map(contextOf))).toEqual(
      new Set(['ordering', 'shipping', 'inventory', 'payments', 'recommendations']),
    );

    // The relays' publications are linked to the trace of the events they carried.
    const relayed = exporter
      .getFinishedSpans()
      .filter((span) => span.name === 'ordering relay publish')
      .filter((span) => span.links.some((link) => link.context.traceId === traceId));
    expect(relayed.length).toBeGreaterThan(0);
  });

  it('continues the trace in another process that receives the event over NATS', async () => {
    const nats = await startNatsServer();
    const env = { NATS_URL: nats.url, MESSAGING_POLL_MS: '50' };
    const catalog = await startTestApp({ contexts: 'catalog', env });
    const inventory = await startTestApp({ contexts: 'inventory', env });
    try {
      const traceId = randomBytes(16).toString('hex');
      const created = await http(catalog.app, { token: await catalog.tokenFor('admin') }).post(
        '/api/products',
        aProduct().withSku('TRACE-NATS').request(),
        { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      );
      expect(created.status).toBe(201);
      // The two apps share nothing but the broker: the trace context crossed inside the event.
      const opened = await eventually(
        async () =>
          spansOf(traceId).find(
            (span) =>
              span.attributes['emporium.handler'] === 'inventory.OpenStockItemOnProductCreated',
          ),
        'the handler span in the other process',
      );
      expect(contextOf(opened)).toBe('inventory');
      const appended = named(spansOf(traceId), 'catalog outbox append')[0]!;
      expect(opened.parentSpanContext?.spanId).toBe(appended.spanContext().spanId);
    } finally {
      await inventory.close();
      await catalog.close();
      await nats.dispose();
    }
  }, 60_000);

  it('puts trace_id and span_id on the log lines written while a span is active', () => {
    const traced = logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => typeof entry.trace_id === 'string');
    expect(traced.length).toBeGreaterThan(0);
    for (const entry of traced) {
      expect(entry.trace_id).toMatch(/^[0-9a-f]{32}$/);
      expect(entry.span_id).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});
