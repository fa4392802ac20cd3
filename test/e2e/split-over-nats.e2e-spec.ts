import { MessagingRuntime } from '../../src/platform/messaging/messaging.runtime.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { http } from '../support/http.js';
import { type NatsServer, startNatsServer } from '../support/nats-server.js';

/**
 * Two "processes" of the shop, each with its own database, joined only by a
 * real nats-server: catalog in one, inventory in the other. A product created
 * in catalog opens its stock item in inventory through the broker.
 */
describe('contexts split across processes, events over NATS JetStream', () => {
  let nats: NatsServer;
  let catalog: TestApp;
  let inventory: TestApp;

  beforeAll(async () => {
    nats = await startNatsServer();
    const env = { NATS_URL: nats.url, MESSAGING_POLL_MS: '50' };
    catalog = await startTestApp({ contexts: 'catalog', env });
    inventory = await startTestApp({ contexts: 'inventory', env });
  });

  afterAll(async () => {
    await catalog?.close();
    await inventory?.close();
    await nats?.dispose();
  });

  const admin = async (shop: TestApp) => http(shop.app, { token: await shop.tokenFor('admin') });

  it('carries a product created in one process to the stock of the other', async () => {
    const created = await (
      await admin(catalog)
    ).post('/api/products', aProduct().withSku('SPLIT-1').request());
    expect(created.status).toBe(201);
    const stock = await eventually(async () => {
      const response = await http(inventory.app).get('/api/inventory/SPLIT-1');
      return response.status === 200 && response.body;
    }, 'the stock item in the other process');
    expect(stock).toEqual({ sku: 'SPLIT-1', onHand: 0, reserved: 0, available: 0 });
    // Neither database holds the other's schema: the event crossed through the broker.
    expect((await http(catalog.app).get('/api/inventory/SPLIT-1')).status).toBe(404);
    const lag = await eventually(async () => {
      const consumers = await inventory.app.get(MessagingRuntime).consumerLag();
      const fromCatalog = consumers.find((c) => c.stream === 'EVENTS_CATALOG');
      return fromCatalog?.unacknowledged === 0 && consumers;
    }, 'the consumer to have acknowledged');
    expect(lag).toContainEqual({
      consumer: 'inventory',
      stream: 'EVENTS_CATALOG',
      pending: 0,
      unacknowledged: 0,
      active: true,
    });
    expect(await catalog.app.get(MessagingRuntime).consumerLag()).toEqual([]);
    // The modules view shows the same lag per context, and the broker's state.
    const modules = (await (await admin(inventory)).get('/api/admin/modules')).body;
    expect(modules.process.broker).toEqual({ status: 'connected', since: expect.any(String) });
    const entry = modules.items.find((item: { name: string }) => item.name === 'inventory');
    expect(entry.consumerLag).toContainEqual({
      stream: 'EVENTS_CATALOG',
      pending: 0,
      unacknowledged: 0,
      active: true,
    });
  });

  it('replays a remote producer’s events from its stream', async () => {
    // Events occur on the test clock; the stream is read from that time on.
    const since = new Date(catalog.clock.now().getTime() - 60_000).toISOString();
    const replay = await (
      await admin(inventory)
    ).post('/api/admin/handlers/inventory.OpenStockItemOnProductCreated/replay', { since });
    expect(replay.status).toBe(202);
    expect(replay.body.replayed).toBeGreaterThanOrEqual(1);
  });

  it('pages through a remote producer’s event log from its stream', async () => {
    const api = await admin(inventory);
    await (await admin(catalog)).post('/api/products', aProduct().withSku('SPLIT-3').request());
    const skus = async (url: string) => {
      const page = await api.get(url);
      expect(page.status).toBe(200);
      return { skus: page.body.items.map((e: any) => e.payload.sku), next: page.body.nextCursor };
    };
    const all = await eventually(async () => {
      const found = await skus('/api/admin/event-log/catalog?name=catalog.ProductCreated.v1');
      return found.skus.includes('SPLIT-3') && found;
    }, 'SPLIT-3 in the stream');
    expect(all).toEqual({ skus: ['SPLIT-1', 'SPLIT-3'], next: null });
    const first = await skus('/api/admin/event-log/catalog?limit=1');
    expect(first.skus).toEqual(['SPLIT-1']);
    expect(await skus(`/api/admin/event-log/catalog?limit=1&cursor=${first.next}`)).toEqual({
      skus: ['SPLIT-3'],
      next: null,
    });
    expect((await api.get('/api/admin/event-log/nowhere')).body.code).toBe(
      'MESSAGING.PRODUCER_NOT_HOSTED',
    );
  });

  it('shows the broker’s state in /health/ready, and stays ready while the broker is down', async () => {
    const up = await http(inventory.app).get('/health/ready');
    expect(up.status).toBe(200);
    expect(up.body.status).toBe('ready');
    expect(up.body.checks).toContainEqual(
      expect.objectContaining({
        name: 'broker',
        ok: true,
        detail: expect.stringMatching(/^connected/),
      }),
    );
    await nats.stop();
    try {
      const down = await eventually(async () => {
        const response = await http(inventory.app).get('/health/ready');
        return response.body.status === 'degraded' && response;
      }, 'the broker reported down');
      expect(down.status).toBe(200);
      expect(down.body.checks).toContainEqual(
        expect.objectContaining({
          name: 'broker',
          ok: false,
          detail: expect.stringMatching(/^reconnecting/),
        }),
      );
      // Writes go on: the event waits in catalog's outbox.
      const created = await (
        await admin(catalog)
      ).post('/api/products', aProduct().withSku('SPLIT-2').request());
      expect(created.status).toBe(201);
    } finally {
      await nats.start();
    }
    await eventually(
      async () => (await http(inventory.app).get('/api/inventory/SPLIT-2')).status === 200,
      'the event held during the outage',
      30_000,
    );
  }, 60_000);
});
