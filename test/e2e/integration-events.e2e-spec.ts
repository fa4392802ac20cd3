import { Parser } from '@asyncapi/parser';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { adminQuery } from '../support/database.js';
import { expectProblem, http } from '../support/http.js';
import { shopDriver, US_ADDRESS, VISA } from '../support/shop.js';
import type { EventEnvelope } from '../../src/platform/messaging/envelope.js';

describe('integration events across contexts, over HTTP', () => {
  let shop: TestApp;
  let api: ReturnType<typeof http>;
  let database: string;

  beforeAll(async () => {
    shop = await startTestApp({ env: { MESSAGING_POLL_MS: '50' } });
    api = http(shop.app, { token: await shop.tokenFor('admin') });
    database = new URL(shop.databaseUrl).pathname.slice(1);
  });
  afterAll(() => shop?.close());

  it('catalog’s ProductCreated opens a stock item in inventory, carrying the request id', async () => {
    const created = await api.post('/api/products', aProduct().withSku('FLOW-1').request(), {
      'x-request-id': 'req-flow-1',
    });
    expect(created.status).toBe(201);
    const stock = await eventually(async () => {
      const response = await api.get('/api/inventory/FLOW-1');
      return response.status === 200 && response;
    }, 'the stock item');
    expect(stock.body).toEqual({ sku: 'FLOW-1', onHand: 0, reserved: 0, available: 0 });

    const { rows } = await adminQuery(
      `select envelope from inventory.inbox where envelope->>'aggregateId' = $1`,
      [created.body.id],
      database,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].envelope).toMatchObject({
      name: 'catalog.ProductCreated.v1',
      source: 'catalog',
      sequence: 1,
      correlationId: 'req-flow-1',
      causationId: 'req-flow-1',
      payload: { sku: 'FLOW-1', price: { amount: 1999, currency: 'USD' } },
    });
  });

  it('gives the events handlers publish the correlation of the request and the event that caused each', async () => {
    const driver = shopDriver(shop);
    const sku = await driver.product(aProduct().withSku('CHAIN-1').pricedAt(1200), 10);
    const { api: buyer } = await driver.customer();
    const placed = await buyer.post(
      '/api/orders',
      { lines: [{ sku, quantity: 1 }], shippingAddress: US_ADDRESS, paymentMethod: VISA },
      { 'x-request-id': 'req-chain-1' },
    );
    expect(placed.status).toBe(201);
    await driver.orderReaches(buyer, placed.body.id, 'PAID');
    const chain = new Map<string, EventEnvelope>();
    for (const schema of ['ordering', 'inventory', 'payments']) {
      const { rows } = await adminQuery(
        `select envelope from ${schema}.outbox where envelope->'payload'->>'orderId' = $1`,
        [placed.body.id],
        database,
      );
      for (const { envelope } of rows) chain.set(envelope.name, envelope);
    }
    const caused = (name: string, by: string) => {
      expect(chain.get(name)).toMatchObject({
        correlationId: 'req-chain-1',
        causationId: chain.get(by)!.id,
      });
    };
    expect(chain.get('ordering.OrderPlaced.v1')).toMatchObject({
      correlationId: 'req-chain-1',
      causationId: 'req-chain-1',
    });
    caused('inventory.StockReserved.v1', 'ordering.OrderPlaced.v1');
    caused('ordering.OrderAwaitingPayment.v1', 'inventory.StockReserved.v1');
    caused('payments.PaymentCaptured.v1', 'ordering.OrderAwaitingPayment.v1');
    caused('ordering.OrderPaid.v1', 'payments.PaymentCaptured.v1');
  });

  it('lists every event with its schema, producer and consumers', async () => {
    const response = await api.get('/api/admin/events');
    expect(response.status).toBe(200);
    const created = response.body.items.find(
      (e: { name: string }) => e.name === 'catalog.ProductCreated.v1',
    );
    expect(created).toMatchObject({
      version: 1,
      producer: 'catalog',
      consumers: [
        { context: 'inventory', handler: 'inventory.OpenStockItemOnProductCreated' },
        { context: 'ordering', handler: 'ordering.AddToPriceListOnProductCreated' },
      ],
      schema: { type: 'object', required: expect.arrayContaining(['sku', 'price']) },
    });
    expect(response.body.items.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(['catalog.ProductDiscontinued.v1', 'catalog.ProductPriceChanged.v1']),
    );
  });

  it('serves an AsyncAPI 3.0 document that the official parser accepts', async () => {
    const response = await api.get('/asyncapi.json');
    expect(response.status).toBe(200);
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(response.body));
    const errors = diagnostics.filter((d) => Number(d.severity) === 0); // 0 = error
    expect(errors).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.version()).toBe('3.0.0');
    const channels = document!
      .channels()
      .all()
      .map((c) => c.address());
    expect(channels).toEqual(expect.arrayContaining(['catalog.ProductCreated.v1']));
    const receive = document!
      .operations()
      .all()
      .filter((o) => o.action() === 'receive');
    expect(receive.map((o) => o.id())).toContain(
      'inventory_OpenStockItemOnProductCreated_receives_catalog_ProductCreated_v1',
    );
  });

  it('answers dead-letter requests: none yet, 404 for an unknown one, 400 for a bad id', async () => {
    expect((await api.get('/api/admin/dead-letters')).body).toEqual({ items: [], unreachable: [] });
    expectProblem(
      await api.get('/api/admin/dead-letters/6f1c1a9e-3b0e-4c7e-9d7e-0d6f5b9a1c2d'),
      404,
      'MESSAGING.DEAD_LETTER_NOT_FOUND',
    );
    expect((await api.get('/api/admin/dead-letters/not-a-uuid')).status).toBe(400);
    expect((await api.post('/api/admin/dead-letters/replay')).body).toEqual({
      replayed: 0,
      unreachable: [],
    });
  });

  it('replays a handler from a point in time without a second effect where it is idempotent', async () => {
    await api.post('/api/products', aProduct().withSku('FLOW-2').request());
    await eventually(
      async () => (await api.get('/api/inventory/FLOW-2')).status === 200,
      'stock item',
    );
    const replay = await api.post(
      '/api/admin/handlers/inventory.OpenStockItemOnProductCreated/replay',
      {
        since: '2000-01-01T00:00:00Z',
      },
    );
    expect(replay.status).toBe(202);
    expect(replay.body.replayed).toBeGreaterThanOrEqual(2);
    await eventually(async () => {
      const { rows } = await adminQuery(
        `select count(*)::int as n from inventory.inbox where status <> 'done'`,
        [],
        database,
      );
      return rows[0].n === 0;
    }, 'the replay handled');
    const { rows } = await adminQuery(
      `select count(*)::int as n from inventory.stock_items where sku in ('FLOW-1', 'FLOW-2')`,
      [],
      database,
    );
    expect(rows[0].n).toBe(2);
    expect((await api.get('/api/admin/dead-letters')).body.items).toEqual([]);
  });

  it('refuses a replay of an unknown handler or without a valid time', async () => {
    expectProblem(
      await api.post('/api/admin/handlers/nobody.Nothing/replay', {
        since: '2026-01-01T00:00:00Z',
      }),
      404,
      'MESSAGING.HANDLER_NOT_FOUND',
    );
    expectProblem(
      await api.post('/api/admin/handlers/inventory.OpenStockItemOnProductCreated/replay', {
        since: 'yesterday',
      }),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
  });
});

describe('npm run events (the operations command line)', () => {
  it('lists the catalog and dead letters of a running shop, and explains a refusal', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { resolve } = await import('node:path');
    const root = resolve(import.meta.dirname, '../..');
    const shop = await startTestApp();
    try {
      await shop.app.listen({ port: 0, host: '127.0.0.1' });
      const address = shop.app.getHttpServer().address() as { port: number };
      const env = {
        ...process.env,
        EMPORIUM_URL: `http://127.0.0.1:${address.port}`,
        EMPORIUM_ADMIN_TOKEN: await shop.tokenFor('admin'),
      };
      // Asynchronous: the shop answering the command line runs in this very process.
      const run = promisify(execFile);
      const cli = async (...args: string[]) =>
        (await run(process.execPath, ['dist/src/events-cli.js', ...args], { cwd: root, env }))
          .stdout;
      expect(JSON.parse(await cli('dead-letters'))).toEqual({ items: [], unreachable: [] });
      expect(JSON.parse(await cli('catalog')).items.map((e: { name: string }) => e.name)).toContain(
        'catalog.ProductCreated.v1',
      );
      expect(JSON.parse(await cli('rebuild-recommendations'))).toEqual({ replayed: 0 });
      let failure = '';
      try {
        await cli('dead-letters', 'show', '6f1c1a9e-3b0e-4c7e-9d7e-0d6f5b9a1c2d');
      } catch (error) {
        failure = String((error as { stderr: string }).stderr);
      }
      expect(failure).toContain('404 MESSAGING.DEAD_LETTER_NOT_FOUND');
    } finally {
      await shop.close();
    }
  });
});

describe('the event log over HTTP', () => {
  it('pages through what a context published, filtered by name and time', async () => {
    const shop = await startTestApp();
    const api = http(shop.app, { token: await shop.tokenFor('admin') });
    try {
      for (const sku of ['LOG-1', 'LOG-2', 'LOG-3']) {
        expect((await api.post('/api/products', aProduct().withSku(sku).request())).status).toBe(
          201,
        );
      }
      await api.put('/api/products/LOG-1/price', { price: { amount: 2500, currency: 'USD' } });

      const first = await api.get('/api/admin/event-log/catalog?limit=2');
      expect(first.status).toBe(200);
      expect(first.body.items.map((e: { payload: { sku: string } }) => e.payload.sku)).toEqual([
        'LOG-1',
        'LOG-2',
      ]);
      const rest = await api.get(
        `/api/admin/event-log/catalog?limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(rest.body.items.map((e: { name: string }) => e.name)).toEqual([
        'catalog.ProductCreated.v1',
        'catalog.ProductPriceChanged.v1',
      ]);
      expect(rest.body.nextCursor).toBeNull();

      const changes = await api.get(
        '/api/admin/event-log/catalog?name=catalog.ProductPriceChanged.v1',
      );
      expect(changes.body.items).toHaveLength(1);
      expect(changes.body.items[0].payload).toMatchObject({
        sku: 'LOG-1',
        price: { amount: 2500 },
      });
      const future = await api.get('/api/admin/event-log/catalog?since=2999-01-01T00:00:00Z');
      expect(future.body.items).toEqual([]);

      expectProblem(
        await api.get('/api/admin/event-log/billing'),
        422,
        'MESSAGING.PRODUCER_NOT_HOSTED',
      );
      expectProblem(
        await api.get('/api/admin/event-log/catalog?cursor=bogus'),
        400,
        'REQUEST.INVALID_CURSOR',
      );
      expectProblem(
        await api.get('/api/admin/event-log/catalog?since=soon'),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
    } finally {
      await shop.close();
    }
  });
});
