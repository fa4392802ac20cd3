import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { TEST_ADMIN, startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { http } from '../support/http.js';
import { SEVEN_CONTEXTS as CONTEXTS, shopDriver } from '../support/shop.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Set to refresh the screenshots in docs/images (`CONSOLE_SCREENSHOTS=1 npm run test:jest -- test/e2e/console.e2e-spec.ts`). */
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS
  ? resolve(import.meta.dirname, '../../docs/images')
  : undefined;

describe('the operations console in Chromium', () => {
  let shop: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let profile: string;

  beforeAll(async () => {
    shop = await startTestApp({ env: { MESSAGING_POLL_MS: '50' } });
    await shop.app.listen({ port: 0, host: '127.0.0.1' });
    base = (await shop.app.getUrl()).replace('[::1]', '127.0.0.1');
    profile = mkdtempSync(join(tmpdir(), 'emporium-chromium-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const shoot = async (name: string) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage: true });
  };

  it('refuses a customer and signs an administrator in', async () => {
    const driver = shopDriver(shop);
    const customer = await driver.customer('Cora Customer');
    await page.goto(`${base}/console`);
    await page.fill('input[name=email]', customer.email);
    await page.fill('input[name=password]', 'a-long-enough-password');
    await page.click('button[type=submit]');
    await page.getByText('This account is not an administrator.').waitFor();

    await page.fill('input[name=email]', TEST_ADMIN.email);
    await page.fill('input[name=password]', TEST_ADMIN.password);
    await page.click('button[type=submit]');
    await page.locator('#map-diagram svg').waitFor();
    await page.locator('#sign-in').waitFor({ state: 'hidden' });
  });

  it('draws the map of the seven contexts from the running system', async () => {
    const labels = await page.locator('#map-diagram svg .nodeLabel').allTextContents();
    for (const context of CONTEXTS)
      expect(labels.some((label) => label.startsWith(context))).toBe(true);
    expect(await page.locator('#map-diagram svg').textContent()).toContain('query: ShippingQuotes');
    await shoot('map');
  });

  it('lists the seven contexts with their live figures', async () => {
    await page.click('a[data-view=contexts]');
    await page.locator('#contexts-rows tr').first().waitFor();
    const names = await page.locator('#contexts-rows tr td:first-child').allTextContents();
    expect(names).toEqual(CONTEXTS);
    const ordering = page.locator('#contexts-rows tr[data-context=ordering] td');
    expect(await ordering.nth(1).textContent()).toContain(`pid ${process.pid}`);
    await shoot('contexts');
  });

  it('shows a dead letter with its error, replays it and watches it go', async () => {
    const sku = `DEAD-${randomUUID().slice(0, 8).toUpperCase()}`;
    const id = randomUUID();
    // A delivery that failed for the last time: a catalog event inventory never managed to handle.
    const envelope = {
      id: randomUUID(),
      name: 'catalog.ProductCreated.v1',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'catalog',
      aggregateId: randomUUID(),
      sequence: 1,
      correlationId: 'console-test',
      causationId: 'console-test',
      payload: {
        productId: randomUUID(),
        sku,
        name: 'Lost product',
        category: 'test',
        price: { amount: 100, currency: 'USD' },
        weightGrams: 10,
      },
    };
    await shopDriver(shop).sql(
      `insert into inventory.inbox (id, event_id, handler, name, source, aggregate_id, sequence, envelope,
         status, attempts, last_error, first_failed_at, last_failed_at)
       values ($1, $2, 'inventory.OpenStockItemOnProductCreated', $3, 'catalog', $4, 1, $5::jsonb,
         'dead', 10, 'Error: the warehouse system timed out', now(), now())`,
      [id, envelope.id, envelope.name, envelope.aggregateId, JSON.stringify(envelope)],
    );
    expect((await http(shop.app).get(`/api/inventory/${sku}`)).status).toBe(404);

    await page.click('a[data-view=dead-letters]');
    const letter = page.locator(`li[data-dead-letter="${id}"]`);
    await letter.waitFor();
    expect(await letter.textContent()).toContain('the warehouse system timed out');
    expect(await page.locator('#dead-count').textContent()).toBe('1');
    await shoot('dead-letters');

    await letter.getByRole('button', { name: 'Replay' }).click();
    await letter.waitFor({ state: 'detached' });
    await page.getByText('No dead letters: every delivery succeeded.').waitFor();
    await eventually(
      async () => (await http(shop.app).get(`/api/inventory/${sku}`)).status === 200,
      'the replayed event to open the stock item',
    );
  });

  it('shows the event catalog with each schema and an example', async () => {
    await page.click('a[data-view=events]');
    const event = page.locator('details[data-event="ordering.OrderPlaced.v1"]');
    await event.locator('summary').click();
    const text = await event.textContent();
    expect(text).toContain('published by ordering');
    expect(text).toContain('inventory.ReserveStockOnOrderPlaced');
    expect(text).toContain('Example payload');
    expect(text).toContain('"orderId"');
    await shoot('events');
  });
});
