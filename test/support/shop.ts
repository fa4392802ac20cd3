import type { ProductBuilder } from '../builders/product.builder.js';
import type { TestApp } from './app.js';
import { eventually } from './context-database.js';
import { adminQuery } from './database.js';
import { http } from './http.js';

export type Api = ReturnType<typeof http>;

/** Test helpers that drive a whole shop the way a client would. */
export function shopDriver(shop: TestApp) {
  const database = new URL(shop.databaseUrl).pathname.slice(1);
  const sql = async <T = any>(query: string, params: unknown[] = []): Promise<T[]> =>
    (await adminQuery(query, params, database)).rows as T[];
  let customers = 0;

  return {
    sql,

    async admin(): Promise<Api> {
      return http(shop.app, { token: await shop.tokenFor('admin') });
    },

    /** Creates a product, receives stock for it, and waits until ordering can sell it. */
    async product(builder: ProductBuilder, stock: number): Promise<string> {
      const admin = await this.admin();
      const created = await admin.post('/api/products', builder.request());
      if (created.status !== 201)
        throw new Error(`product not created: ${JSON.stringify(created.body)}`);
      const sku = created.body.sku as string;
      await eventually(
        async () => (await admin.get(`/api/inventory/${sku}`)).status === 200,
        `stock item ${sku}`,
      );
      if (stock > 0) {
        const received = await admin.post(`/api/inventory/${sku}/receipts`, { quantity: stock });
        if (received.status !== 200)
          throw new Error(`stock not received: ${JSON.stringify(received.body)}`);
      }
      await eventually(
        async () =>
          (await sql('select 1 from ordering.price_list where sku = $1', [sku])).length === 1,
        `price of ${sku}`,
      );
      return sku;
    },

    /** Registers a customer, signs them in, and waits until ordering knows them. */
    async customer(
      name = `Customer ${++customers}`,
    ): Promise<{ api: Api; id: string; email: string }> {
      const email = `customer-${customers}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const api = http(shop.app);
      const registered = await api.post('/api/customers', {
        email,
        name,
        password: 'a-long-enough-password',
      });
      if (registered.status !== 201)
        throw new Error(`customer not registered: ${JSON.stringify(registered.body)}`);
      const token = await api.post('/api/auth/token', {
        email,
        password: 'a-long-enough-password',
      });
      const id = registered.body.id as string;
      await eventually(
        async () =>
          (await sql('select 1 from ordering.buyers where customer_id = $1', [id])).length === 1,
        'buyer',
      );
      return { api: http(shop.app, { token: token.body.accessToken as string }), id, email };
    },

    async orderReaches(api: Api, id: string, status: string): Promise<any> {
      return eventually(async () => {
        const order = await api.get(`/api/orders/${id}`);
        return order.body.status === status && order.body;
      }, `order ${id} to be ${status}`);
    },

    async stock(sku: string): Promise<{ onHand: number; reserved: number; available: number }> {
      return (await http(shop.app).get(`/api/inventory/${sku}`)).body;
    },

    async orderCount(): Promise<number> {
      return Number((await sql('select count(*)::int as n from ordering.orders'))[0].n);
    },
  };
}

export const US_ADDRESS = {
  recipient: 'Ada Lovelace',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '62701',
  country: 'US',
};
export const VISA = { type: 'card', token: 'tok_visa' };

/** The shop's seven bounded contexts, in name order: what every view of the whole shop lists. */
export const SEVEN_CONTEXTS = [
  'catalog',
  'customers',
  'inventory',
  'ordering',
  'payments',
  'recommendations',
  'shipping',
];
