import { randomBytes } from 'node:crypto';
import { eventually, type HttpTarget, type RequestSpec } from './http.js';
import { openLoop } from './load.js';
import type { ScenarioName, Target } from './report.js';

export interface Product {
  readonly sku: string;
  readonly name: string;
  /** Cents (USD). */
  readonly price: number;
  readonly weightGrams: number;
}

/** The first five products of every catalogue of the bench (the closed-loop runs use these). */
const NAMED: readonly Product[] = [
  { sku: 'BENCH-MUG', name: 'Enamel mug', price: 1999, weightGrams: 350 },
  { sku: 'BENCH-TEA', name: 'Loose leaf tea', price: 550, weightGrams: 250 },
  { sku: 'BENCH-PAN', name: 'Cast iron pan', price: 4999, weightGrams: 2400 },
  { sku: 'BENCH-SOCKS', name: 'Wool socks', price: 1250, weightGrams: 120 },
  { sku: 'BENCH-LAMP', name: 'Camping lamp', price: 3450, weightGrams: 600 },
];

/**
 * The bench's catalogue of `size` products: the five named ones, then generated ones
 * (BENCH-P006, …), the same every run: a price from 3.00 to 99.99 and a weight from
 * 50 g to 3 kg, spread by multiplying the number by a prime.
 */
export function catalogue(size: number): Product[] {
  return Array.from({ length: size }, (_, i) => {
    const n = i + 1;
    return (
      NAMED[i] ?? {
        sku: `BENCH-P${String(n).padStart(3, '0')}`,
        name: `Bench product ${n}`,
        price: 300 + ((n * 7919) % 9700),
        weightGrams: 50 + ((n * 104_729) % 2951),
      }
    );
  });
}

const ADDRESS = {
  recipient: 'Ada Lovelace',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '62701',
  country: 'US',
};
const PAYMENT = { type: 'card', token: 'tok_visa' };
const PASSWORD = 'bench-password-0123';

export interface Customer {
  readonly id: string;
  readonly token: string;
}

/**
 * What both targets need to be driven: the customers, order bodies over some products
 * of the catalogue, and (later) existing orders.
 */
export class Workload {
  private readonly bodies: { customer: Customer; body: string }[] = [];
  private next = 0;
  shopOrders: { id: string; token: string }[] = [];
  rawOrders: { id: string; customerId: string }[] = [];

  constructor(
    readonly customers: readonly Customer[],
    products: readonly Product[],
  ) {
    // 1–3 distinct products drawn evenly, 1–3 of each: a few hundred bodies, cycled.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 509; i++) {
      const count = Math.min(products.length, 1 + Math.floor(random() * 3));
      const pool = [...products];
      for (let k = 0; k < count; k++) {
        const j = k + Math.floor(random() * (pool.length - k));
        [pool[k], pool[j]] = [pool[j]!, pool[k]!];
      }
      const lines = pool
        .slice(0, count)
        .map((p) => ({ sku: p.sku, quantity: 1 + Math.floor(random() * 3) }));
      this.bodies.push({
        customer: customers[i % customers.length]!,
        body: JSON.stringify({ lines, shippingAddress: ADDRESS, paymentMethod: PAYMENT }),
      });
    }
  }

  private nextBody() {
    return this.bodies[this.next++ % this.bodies.length]!;
  }

  placeOrder(target: Target): RequestSpec {
    const { customer, body } = this.nextBody();
    return target === 'shop'
      ? {
          method: 'POST',
          path: '/api/orders',
          headers: { authorization: `Bearer ${customer.token}` },
          body,
        }
      : { method: 'POST', path: '/orders', headers: { 'x-customer-id': customer.id }, body };
  }

  getOrder(target: Target): RequestSpec {
    if (target === 'shop') {
      const order = this.shopOrders[Math.floor(Math.random() * this.shopOrders.length)]!;
      return {
        method: 'GET',
        path: `/api/orders/${order.id}`,
        headers: { authorization: `Bearer ${order.token}` },
      };
    }
    const order = this.rawOrders[Math.floor(Math.random() * this.rawOrders.length)]!;
    return {
      method: 'GET',
      path: `/orders/${order.id}`,
      headers: { 'x-customer-id': order.customerId },
    };
  }

  /** Places orders on the shop at `rate` for `seconds` (open loop), then closes `client`; resolves with how many were accepted. */
  async placeOrdersAt(client: HttpTarget, rate: number, seconds: number): Promise<number> {
    let accepted = 0;
    try {
      await openLoop(client, {
        rate,
        durationS: seconds,
        next: () => this.placeOrder('shop'),
        onResponse: (response) => {
          if (response.status === 201) accepted++;
        },
      });
    } finally {
      client.close();
    }
    return accepted;
  }

  request(scenario: ScenarioName, target: Target): RequestSpec {
    return scenario === 'place-order' ? this.placeOrder(target) : this.getOrder(target);
  }
}

/** Runs `work` on every item, at most `limit` at a time. */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Requests in flight while seeding: enough to hide round trips, few enough not to queue. */
const SEED_PARALLEL = 4;

/**
 * Seeds a shop over its API: the products and their stock, then customers signed in
 * (SEED_PARALLEL at a time). Waits until ordering (queried by `ordering`, on the database
 * that holds its schema) prices every product and knows every buyer, so the first order
 * placed is accepted.
 */
export async function seedShop(
  shop: HttpTarget,
  admin: { email: string; password: string },
  settings: { stockPerProduct: number; customers: number },
  products: readonly Product[],
  ordering: (query: string, params: unknown[]) => Promise<{ n: number }[]>,
): Promise<Customer[]> {
  const { accessToken: adminToken } = await eventually('an admin token', () =>
    shop.json<{ accessToken: string }>(
      { method: 'POST', path: '/api/auth/token', body: JSON.stringify(admin) },
      200,
    ),
  );
  const asAdmin = { authorization: `Bearer ${adminToken}` };
  await inParallel(products, SEED_PARALLEL, async (product) => {
    await shop.json(
      {
        method: 'POST',
        path: '/api/products',
        headers: asAdmin,
        body: JSON.stringify({
          sku: product.sku,
          name: product.name,
          description: `${product.name}, for the benchmark.`,
          category: 'bench',
          price: { amount: product.price, currency: 'USD' },
          weightGrams: product.weightGrams,
        }),
      },
      201,
    );
    await eventually(`the stock item of ${product.sku}`, async () => {
      const response = await shop.request({
        method: 'GET',
        path: `/api/inventory/${product.sku}`,
      });
      return response.status === 200;
    });
    for (let left = settings.stockPerProduct; left > 0; left -= 100_000) {
      await shop.json(
        {
          method: 'POST',
          path: `/api/inventory/${product.sku}/receipts`,
          headers: asAdmin,
          body: JSON.stringify({ quantity: Math.min(left, 100_000) }),
        },
        200,
      );
    }
  });
  await eventually('ordering to price every product', async () => {
    const [row] = await ordering(
      'select count(*)::int as n from ordering.price_list where sku = any($1)',
      [products.map((p) => p.sku)],
    );
    return row!.n === products.length;
  });
  const tag = randomBytes(3).toString('hex');
  const customers: Customer[] = new Array<Customer>(settings.customers);
  const indexes = Array.from({ length: settings.customers }, (_, i) => i);
  await inParallel(indexes, SEED_PARALLEL, async (i) => {
    const email = `bench-${tag}-${i}@example.com`;
    const registered = await shop.json<{ id: string }>(
      {
        method: 'POST',
        path: '/api/customers',
        body: JSON.stringify({ email, name: `Bench customer ${i}`, password: PASSWORD }),
      },
      201,
    );
    const { accessToken } = await shop.json<{ accessToken: string }>(
      {
        method: 'POST',
        path: '/api/auth/token',
        body: JSON.stringify({ email, password: PASSWORD }),
      },
      200,
    );
    customers[i] = { id: registered.id, token: accessToken };
  });
  await eventually('ordering to know every buyer', async () => {
    const [row] = await ordering(
      'select count(*)::int as n from ordering.buyers where customer_id = any($1::uuid[])',
      [customers.map((c) => c.id)],
    );
    return row!.n === customers.length;
  });
  return customers;
}

/** The catalogue a shop and the raw baseline are seeded with: wide enough for every scenario. */
export const seededCatalogue = (settings: { products: number; sustainProducts: number }) =>
  catalogue(Math.max(settings.products, settings.sustainProducts));

/** The orders of every scenario (BENCH_PRODUCTS wide) and of the sustained fulfilment (BENCH_SUSTAIN_PRODUCTS). */
export function workloads(
  customers: readonly Customer[],
  settings: { products: number; sustainProducts: number },
): { main: Workload; sustain: Workload } {
  return {
    main: new Workload(customers, catalogue(settings.products)),
    sustain: new Workload(customers, catalogue(settings.sustainProducts)),
  };
}
