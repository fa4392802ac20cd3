import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aProduct } from '../builders/product.builder.js';
import { eventually } from '../support/context-database.js';
import {
  freePort,
  isRunning,
  type ShopProcess,
  startShop,
  waitFor,
} from '../support/shop-process.js';

/**
 * `npm start` on the embedded PostgreSQL through crashes: the shop killed
 * with SIGKILL (the OOM killer), its server killed under it, a second shop
 * on the same folder, and a clean stop. One data folder for the whole file,
 * as an operator's machine has.
 */
describe('the embedded PostgreSQL through crashes and restarts', () => {
  const root = mkdtempSync(join(tmpdir(), 'emporium-lifecycle-'));
  chmodSync(root, 0o755);
  const dataDir = join(root, 'pg');
  let dbPort: number;
  let shop: ShopProcess;
  const acknowledged: string[] = [];
  let skus = 0;

  beforeAll(async () => {
    dbPort = await freePort();
  });

  afterAll(async () => {
    if (shop?.child.exitCode === null) {
      shop.child.kill('SIGTERM');
      await shop.exited();
    }
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  /** Creates a product; returns the status (its sku is kept when acknowledged). */
  async function createProduct(token: string): Promise<number> {
    const sku = `LIFE-${++skus}`;
    const response = await fetch(`${shop.base}/api/products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(aProduct().withSku(sku).request()),
    });
    if (response.status === 201) acknowledged.push(sku);
    return response.status;
  }

  async function everyAcknowledgedProductIsThere(): Promise<void> {
    for (const sku of acknowledged) {
      expect([sku, (await fetch(`${shop.base}/api/products/${sku}`)).status]).toEqual([sku, 200]);
    }
  }

  it('comes back after the shop is killed with SIGKILL, with every acknowledged write', async () => {
    shop = await startShop(dataDir, dbPort);
    const token = await shop.ownerToken();
    for (let i = 0; i < 3; i++) expect(await createProduct(token)).toBe(201);
    const killed = shop;
    killed.child.kill('SIGKILL');
    await killed.exited();

    shop = await startShop(dataDir, dbPort);
    await everyAcknowledgedProductIsThere();
    // The old server was stopped (by its watchdog or by the new shop); its last moments may overlap.
    await eventually(
      async () => !isRunning(killed.postgresPid),
      'the old server to be gone',
      5_000,
    );
  }, 90_000);

  it('stops the server a dead shop left running, and says what it did', async () => {
    const killed = shop;
    // Without its watchdog, the killed shop's PostgreSQL stays: an orphan holding the folder and the port.
    process.kill(killed.watchdogPid, 'SIGKILL');
    killed.child.kill('SIGKILL');
    await killed.exited();
    expect(isRunning(killed.postgresPid)).toBe(true);

    shop = await startShop(dataDir, dbPort);
    expect(shop.logs()).toContainEqual(
      expect.objectContaining({
        pid: killed.postgresPid,
        msg: 'stopping the embedded PostgreSQL a previous run left behind (its shop is gone)',
      }),
    );
    expect(isRunning(killed.postgresPid)).toBe(false);
    await everyAcknowledgedProductIsThere();
  }, 90_000);

  it('refuses a second shop on the same folder and leaves the first one’s server alone', async () => {
    await expect(startShop(dataDir, dbPort)).rejects.toThrow(
      `is in use by a running shop (pid ${shop.child.pid})`,
    );
    expect(isRunning(shop.postgresPid)).toBe(true);
    expect((await fetch(`${shop.base}/health/ready`)).status).toBe(200);
  }, 60_000);

  it('restarts its PostgreSQL when it dies, answering 503 meanwhile, and loses nothing', async () => {
    const token = await shop.ownerToken();
    const statuses: number[] = [];
    process.kill(shop.postgresPid, 'SIGKILL');
    await waitFor(async () => {
      statuses.push(await createProduct(token));
      return statuses.at(-1) === 201;
    }, 'a product created after the restart');
    expect(statuses).toContain(503);
    expect(new Set(statuses)).toEqual(new Set([201, 503]));
    expect(shop.logs()).toContainEqual(
      expect.objectContaining({ msg: 'the embedded PostgreSQL is back' }),
    );
    await everyAcknowledgedProductIsThere();
  }, 90_000);

  it('stops cleanly on SIGTERM: no warning, and no server left running', async () => {
    const restarted = shop
      .logs()
      .findLast((entry) => entry.msg === 'the embedded PostgreSQL is back');
    const before = shop.logs().length;
    shop.child.kill('SIGTERM');
    expect(await shop.exited()).toBe(0);
    const stopping = shop.logs().slice(before);
    expect(stopping.filter((entry) => entry.level !== 'info')).toEqual([]);
    expect(isRunning(restarted!.pid as number)).toBe(false);
  }, 60_000);
});
