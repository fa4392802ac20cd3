import { randomBytes } from 'node:crypto';
import { eventually, type HttpTarget, type RequestSpec } from './http.js';
import { openLoop } from './load.js';
import type { ScenarioName, Target } from './report.js';

/** The bench's catalogue, address and payment: every order it places uses them. */
export const PRODUCTS = [
  { sku: 'BENCH-MUG', name: 'Enamel mug', price: 1999, weightGrams: 350 },
  { sku: 'BENCH-TEA', name: 'Loose leaf tea', price: 550, weightGrams: 250 },
  { sku: 'BENCH-PAN', name: 'Cast iron pan', price: 4999, weightGrams: 2400 },
  { sku: 'BENCH-SOCKS', name: 'Wool socks', price: 1250, weightGrams: 120 },
  { sku: 'BENCH-LAMP', name: 'Camping lamp', price: 3450, weightGrams: 600 },
] as const;
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

/** What both targets need to be driven: the customers, order bodies, and (later) existing orders. */
export class Workload {
  private readonly bodies: { customer: Customer; body: string }[] = [];
  private next = 0;
  shopOrders: { id: string; token: string }[] = [];
  rawOrders: { id: string; customerId: string }[] = [];

  constructor(readonly customers: readonly Customer[]) {
    // 1–3 distinct products, 1–3 of each: a few hundred bodies, cycled.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 509; i++) {
      const count = 1 + Math.floor(random() * 3);
      const skus = [...PRODUCTS].sort(() => random() - 0.5).slice(0, count);
      const lines = skus.map((p) => ({ sku: p.sku, quantity: 1 + Math.floor(random() * 3) }));
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

/**
 * Seeds a shop over its API: the products and their stock, then customers signed in. Waits
 * until ordering (queried by `ordering`, on the database that holds its schema) prices every
 * product and knows every buyer, so the first order placed is accepted.
 */
export async function seedShop(
  shop: HttpTarget,
  admin: { email: string; password: string },
  settings: { stockPerProduct: number; customers: number },
  ordering: (query: string, params: unknown[]) => Promise<{ n: number }[]>,
): Promise<Customer[]> {
  const { accessToken: adminToken } = await eventually('an admin token', () =>
    shop.json<{ accessToken: string }>(
      { method: 'POST', path: '/api/auth/token', body: JSON.stringify(admin) },
      200,
    ),
  );
  const asAdmin = { authorization: `Bearer ${adminToken}` };
  for (const product of PRODUCTS) {
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
  }
  for (const product of PRODUCTS) {
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
  }
  await eventually('ordering to price every product', async () => {
    const [row] = await ordering(
      'select count(*)::int as n from ordering.price_list where sku = any($1)',
      [PRODUCTS.map((p) => p.sku)],
    );
    return row!.n === PRODUCTS.length;
  });
  const customers: Customer[] = [];
  const tag = randomBytes(3).toString('hex');
  for (let i = 0; i < settings.customers; i++) {
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
    customers.push({ id: registered.id, token: accessToken });
  }
  await eventually('ordering to know every buyer', async () => {
    const [row] = await ordering(
      'select count(*)::int as n from ordering.buyers where customer_id = any($1::uuid[])',
      [customers.map((c) => c.id)],
    );
    return row!.n === customers.length;
  });
  return customers;
}
