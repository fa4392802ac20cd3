import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { ReserveStockOnOrderPlaced } from '../../../src/contexts/inventory/application/reserve-stock/reserve-stock-on-order-placed.handler.js';
import { StockLocks } from '../../../src/contexts/inventory/domain/reservation.repository.js';
import { StockItem } from '../../../src/contexts/inventory/domain/stock-item.js';
import { StockItemRepository } from '../../../src/contexts/inventory/domain/stock-item.repository.js';
import { InventoryDatabase } from '../../../src/contexts/inventory/infrastructure/inventory.database.js';
import type { EventEnvelope } from '../../../src/platform/messaging/envelope.js';
import type { OrderPlacedV1 } from '../../../src/contexts/ordering/contracts/index.js';
import { startTestApp, type TestApp } from '../../support/app.js';

/** Inventory's reservation as the inbox runs it under load: a batch of orders in one unit. */
describe('reserving a batch of orders in one unit of work (real PostgreSQL)', () => {
  let shop: TestApp;
  let db: InventoryDatabase;
  let reserve: ReserveStockOnOrderPlaced;

  beforeAll(async () => {
    shop = await startTestApp({ contexts: 'inventory', env: { MESSAGING_RUN: 'false' } });
    db = shop.app.get(InventoryDatabase);
    reserve = shop.app.get(ReserveStockOnOrderPlaced);
    const stock = shop.app.get(StockItemRepository);
    await db.unitOfWork(async () => {
      for (const [sku, units] of [
        ['TOG-A', 5],
        ['TOG-B', 100],
      ] as const) {
        const item = StockItem.open(sku, new Date());
        item.receive(units, new Date());
        stock.save(item);
      }
    });
  });
  afterAll(() => shop?.close());

  const placed = (lines: { sku: string; quantity: number }[]) =>
    ({ payload: { orderId: randomUUID(), lines } }) as unknown as EventEnvelope<OrderPlacedV1>;
  const stockOf = async (sku: string) =>
    (
      await db.query<{ on_hand: number; reserved: number }>(
        'select on_hand, reserved from stock_items where sku = $1',
        [sku],
      )
    )[0];
  const statusOf = async (orderId: string) =>
    (
      await db.query<{ status: string }>('select status from reservations where order_id = $1', [
        orderId,
      ])
    )[0]?.status;

  it('reads a batch in advance, then counts each order against what the orders before it reserved', async () => {
    const orders = [
      placed([
        { sku: 'TOG-A', quantity: 2 },
        { sku: 'TOG-B', quantity: 10 },
      ]),
      placed([{ sku: 'TOG-A', quantity: 2 }]),
      placed([
        { sku: 'TOG-B', quantity: 1 },
        { sku: 'TOG-A', quantity: 2 },
      ]),
      placed([{ sku: 'TOG-B', quantity: 3 }]),
    ];
    const readsAfterPreload = await db.batchOfWork(async (batch) => {
      const reads: { mock: { calls: unknown[] } }[] = [];
      await batch.together(async (unit) => {
        await unit(() => reserve.preload(orders));
        await unit(() => {
          reads.push(jest.spyOn(db.em, 'find'), jest.spyOn(db.em, 'findOne'));
          return Promise.resolve();
        });
        for (const order of orders) await unit(() => reserve.handle(order));
      });
      return reads.reduce((n, spy) => n + spy.mock.calls.length, 0);
    });
    // The reservations (none yet) and the stock rows were all read by the preload.
    expect(readsAfterPreload).toBe(0);
    // 5 of TOG-A: the third order's 2 no longer fit after the first two.
    expect(await Promise.all(orders.map((o) => statusOf(o.payload.orderId)))).toEqual([
      'reserved',
      'reserved',
      'rejected',
      'reserved',
    ]);
    expect(await stockOf('TOG-A')).toEqual({ on_hand: 5, reserved: 4 });
    expect(await stockOf('TOG-B')).toEqual({ on_hand: 100, reserved: 13 });
  });

  it('locks a sku once per unit of work: the items it holds come back without a query', async () => {
    const locks = shop.app.get(StockLocks);
    await db.unitOfWork(async () => {
      const find = jest.spyOn(db.em, 'find');
      const first = await locks.lock(['TOG-B', 'TOG-A']);
      const again = await locks.lock(['TOG-A']);
      expect(again.get('TOG-A')).toBe(first.get('TOG-A'));
      expect(find).toHaveBeenCalledTimes(1);
      await locks.lock(['TOG-A', 'TOG-C']); // TOG-C exists nowhere: only it is looked for
      expect(find).toHaveBeenCalledTimes(2);
      expect(find.mock.calls[1]![1]).toEqual({ sku: { $in: ['TOG-C'] } });
    });
  });
});
