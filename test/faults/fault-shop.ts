import type { SplitLayoutName } from '../../src/app/split/layouts.js';
import { aProduct } from '../builders/product.builder.js';
import { type NatsServer, startNatsServer } from '../support/nats-server.js';
import { type Api, shopDriver } from '../support/shop.js';
import { startSplit, type TestSplit } from '../support/split.js';

export interface Line {
  readonly sku: string;
  readonly quantity: number;
}

/** An order a customer was answered 201 for. */
export interface PlacedOrder {
  readonly id: string;
  readonly token: string;
  readonly lines: readonly Line[];
  /** When the 201 came (ms since the epoch). */
  readonly answeredAt: number;
}

export interface StockedShop {
  readonly skus: readonly string[];
  /** Stock received for each sku. */
  readonly stock: number;
  /** Signed-in customers' clients of the shop's base URL. */
  readonly customers: readonly Api[];
}

/** Products with ample stock and signed-in customers, all made through the split's base URL. */
export async function stockShop(
  split: TestSplit,
  options: { products: number; customers: number; stock: number },
): Promise<StockedShop> {
  const driver = shopDriver(split);
  const skus: string[] = [];
  for (let i = 0; i < options.products; i++)
    skus.push(await driver.product(aProduct().weighing(400 + 300 * i), options.stock));
  const customers: Api[] = [];
  for (let i = 0; i < options.customers; i++) customers.push((await driver.customer()).api);
  return { skus, stock: options.stock, customers };
}

export interface FaultBench {
  readonly nats: NatsServer;
  readonly split: TestSplit;
  readonly shop: StockedShop;
}

/**
 * A real nats-server, a split topology joined by it, and a stocked shop (four products,
 * six customers), started before the file's tests and stopped after them.
 */
export function faultBench(layout: SplitLayoutName): FaultBench {
  const bench: { -readonly [K in keyof FaultBench]?: FaultBench[K] } = {};
  beforeAll(async () => {
    bench.nats = await startNatsServer();
    bench.split = await startSplit(layout, { natsUrl: bench.nats.url });
    bench.shop = await stockShop(bench.split, { products: 4, customers: 6, stock: 100_000 });
  }, 180_000);
  afterAll(async () => {
    await bench.split?.close();
    await bench.nats?.dispose();
  });
  return bench as FaultBench;
}
