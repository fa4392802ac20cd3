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
