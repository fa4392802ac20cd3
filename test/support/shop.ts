import type { ProductBuilder } from '../builders/product.builder.js';
import { TEST_ADMIN, type TestApp } from './app.js';
import { eventually } from './context-database.js';
import { adminQuery } from './database.js';
import { http, httpAt, servesWholeShop } from './http.js';
import type { TestSplit } from './split.js';

export type Api = ReturnType<typeof http>;

/** How a driver reaches a shop: its API (with a token or none), and the data of each context. */
interface ShopAccess {
  client(token?: string): Api;
  adminToken(): Promise<string>;
  /** An administrator's API for what one context keeps (its dead letters). */
  adminFor(context: string): Promise<Api>;
  /** Runs SQL where the context whose schema it names keeps its data. */
  sql(query: string, params: unknown[]): Promise<any[]>;
}

/** A shop booted in this process: `app.inject`, tokens signed here, one database. */
function inProcess(shop: TestApp): ShopAccess {
  const database = new URL(shop.databaseUrl).pathname.slice(1);
  return {
    client: (token) => http(shop.app, { token }),
    adminToken: () => shop.tokenFor('admin'),
    adminFor: async () => http(shop.app, { token: await shop.tokenFor('admin') }),
    sql: async (query, params) => (await adminQuery(query, params, database)).rows,
  };
}

/** A split topology: its one base URL over real sockets, each context's data where it runs. */
function atBaseUrl(split: TestSplit): ShopAccess {
  let signedIn: Promise<string> | undefined;
  const adminToken = () =>
    (signedIn ??= httpAt(split.base)
      .post('/api/auth/token', TEST_ADMIN)
      .then((answer) => answer.body.accessToken as string));
  return {
    client: (token) => httpAt(split.base, { token }),
    adminToken,
    // The base URL once it lists every process's dead letters; until the client-facing
    // process merges them (issue 12 §4), the process that hosts the context.
    adminFor: async (context) =>
      httpAt((await servesWholeShop(split.base)) ? split.base : split.hosting(context).url, {
        token: await adminToken(),
      }),
    sql: (query, params) => {
      const contexts = SEVEN_CONTEXTS.filter((context) =>
        new RegExp(`\\b${context}\\.`).test(query),
      );
      if (contexts.length !== 1) throw new Error(`name one context's schema in: ${query}`);
      return split.sql(contexts[0]!, query, params);
    },
  };
}

/**
 * Test helpers that drive a whole shop the way a client would: one booted in
 * this process, or a split topology's base URL (its processes started by startSplit).
 */
export function shopDriver(shop: TestApp | TestSplit) {
  const access = 'app' in shop ? inProcess(shop) : atBaseUrl(shop);
  const sql = async <T = any>(query: string, params: unknown[] = []): Promise<T[]> =>
    (await access.sql(query, params)) as T[];
  let customers = 0;

  return {
    sql,

    /** An anonymous client, or one with a bearer token. */
    api: (token?: string): Api => access.client(token),

    /** An administrator's API for what one context keeps (its dead letters). */
    adminFor: (context: string) => access.adminFor(context),

    async admin(): Promise<Api> {
      return access.client(await access.adminToken());
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
      const api = access.client();
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
      return { api: access.client(token.body.accessToken as string), id, email };
    },

    async orderReaches(api: Api, id: string, status: string): Promise<any> {
      return eventually(async () => {
        const order = await api.get(`/api/orders/${id}`);
        return order.body.status === status && order.body;
      }, `order ${id} to be ${status}`);
    },

    /** Waits until a sku's stock is exactly `expected` (reservations released, stock committed). */
    async stockBecomes(sku: string, expected: object): Promise<void> {
      await eventually(
        async () => JSON.stringify(await this.stock(sku)) === JSON.stringify(expected),
        `the stock of ${sku} to be ${JSON.stringify(expected)}`,
      );
    },

    /** The order's payment once it has been refunded. */
    refundOf(api: Api, orderId: string): Promise<any> {
      return eventually(async () => {
        const items = (await api.get(`/api/payments?orderId=${orderId}`)).body.items;
        return items[0]?.status === 'refunded' && items[0];
      }, `the refund of ${orderId}`);
    },

    async stock(sku: string): Promise<{ onHand: number; reserved: number; available: number }> {
      return (await access.client().get(`/api/inventory/${sku}`)).body;
    },

    async orderCount(): Promise<number> {
      return Number((await sql('select count(*)::int as n from ordering.orders'))[0].n);
    },
  };
}

export type ShopDriver = ReturnType<typeof shopDriver>;

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
