import createClient from 'openapi-fetch';
import { startTestApp, TEST_ADMIN, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { injectFetch } from '../support/http.js';
import { shopDriver } from '../support/shop.js';
import type { paths } from './openapi.js';

/** The answer's body, or the test fails with the problem the API gave. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined)
    throw new Error(`${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.data;
}

/**
 * The README walkthrough, written as a client developer would against the
 * client generated from the published document: strictly typed, no cast (lint
 * forbids type assertions in this folder).
 */
describe('the README walkthrough through the generated client', () => {
  let shop: TestApp;
  const client = (token?: string) =>
    createClient<paths>({
      baseUrl: 'http://emporium.test',
      fetch: injectFetch(shop.app),
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  beforeAll(async () => {
    shop = await startTestApp();
  });
  afterAll(() => shop?.close());

  it('takes an order from sign-in to delivery with the documented totals', async () => {
    const visitor = client();
    const { sql } = shopDriver(shop);

    const signedIn = ok(await visitor.POST('/api/auth/token', { body: TEST_ADMIN }));
    const admin = client(signedIn.accessToken);
    const products = [
      { sku: 'MUG-001', name: 'Enamel mug', category: 'kitchen', amount: 1999, weightGrams: 500 },
      {
        sku: 'TEA-001',
        name: 'Loose-leaf tea',
        category: 'pantry',
        amount: 550,
        weightGrams: 1200,
      },
    ];
    for (const { sku, name, category, amount, weightGrams } of products) {
      const created = ok(
        await admin.POST('/api/products', {
          body: {
            sku,
            name,
            description: `${name}, as sold`,
            category,
            price: { amount, currency: 'USD' },
            weightGrams,
          },
        }),
      );
      expect(created.active).toBe(true);
      await eventually(
        async () =>
          (await visitor.GET('/api/inventory/{sku}', { params: { path: { sku } } })).response.ok,
        `stock of ${sku}`,
      );
      const stock = ok(
        await admin.POST('/api/inventory/{sku}/receipts', {
          params: { path: { sku } },
          body: { quantity: 20 },
        }),
      );
      expect(stock.available).toBe(20);
    }

    const ada = { email: 'ada@example.com', name: 'Ada Lovelace', password: 'analytical-engine' };
    const registered = ok(await visitor.POST('/api/customers', { body: ada }));
    const token = ok(
      await visitor.POST('/api/auth/token', { body: { email: ada.email, password: ada.password } }),
    );
    const customer = client(token.accessToken);
    const found = ok(await visitor.GET('/api/products', { params: { query: { search: 'mug' } } }));
    expect(found.items.map((product) => product.sku)).toEqual(['MUG-001']);
    await eventually(
      async () =>
        (await sql('select 1 from ordering.buyers where customer_id = $1', [registered.id]))
          .length === 1 && (await sql('select 1 from ordering.price_list')).length === 2,
      'ordering to know the buyer and the prices',
    );

    const placed = ok(
      await customer.POST('/api/orders', {
        body: {
          lines: [
            { sku: 'MUG-001', quantity: 2 },
            { sku: 'TEA-001', quantity: 5 },
          ],
          shippingAddress: {
            recipient: 'Ada Lovelace',
            line1: '1 Main St',
            city: 'Springfield',
            postalCode: '62701',
            country: 'US',
          },
          paymentMethod: { type: 'card', token: 'tok_visa' },
        },
      }),
    );
    const orderPath = { params: { path: { id: placed.id } } };
    const paid = await eventually(async () => {
      const order = ok(await customer.GET('/api/orders/{id}', orderPath));
      return order.status === 'PAID' && order;
    }, 'the order to be paid');
    expect(paid.totals).toEqual({
      subtotal: { amount: 6748, currency: 'USD' },
      discount: { amount: 138, currency: 'USD' },
      shipping: { amount: 1099, currency: 'USD' },
      total: { amount: 7709, currency: 'USD' },
    });
    expect(paid.shippingAddress.line2).toBeNull();
    expect(paid.paymentMethod.type).toBe('card');
    const payments = ok(
      await customer.GET('/api/payments', { params: { query: { orderId: placed.id } } }),
    );
    expect(
      payments.items.map(({ status, amount, methodType }) => ({ status, amount, methodType })),
    ).toEqual([
      { status: 'captured', amount: { amount: 7709, currency: 'USD' }, methodType: 'card' },
    ]);
    const tea = await eventually(async () => {
      const level = ok(
        await visitor.GET('/api/inventory/{sku}', { params: { path: { sku: 'TEA-001' } } }),
      );
      return level.onHand === 15 && level;
    }, 'the stock to be taken');
    expect(tea).toEqual({ sku: 'TEA-001', onHand: 15, reserved: 0, available: 15 });

    const shipment = await eventually(async () => {
      const shipments = ok(
        await admin.GET('/api/shipments', { params: { query: { orderId: placed.id } } }),
      );
      return shipments.items[0];
    }, 'the shipment');
    const shipmentPath = { params: { path: { id: shipment.id } } };
    const dispatched = ok(
      await admin.POST('/api/shipments/{id}/dispatch', {
        ...shipmentPath,
        body: { carrier: 'UPS' },
      }),
    );
    expect(dispatched.status).toBe('DISPATCHED');
    expect(dispatched.trackingNumber).toMatch(/^UPS[0-9A-F]{12}$/);
    const delivered = ok(await admin.POST('/api/shipments/{id}/deliver', shipmentPath));
    expect(delivered.status).toBe('DELIVERED');

    const done = await eventually(async () => {
      const order = ok(await customer.GET('/api/orders/{id}', orderPath));
      return order.status === 'DELIVERED' && order;
    }, 'the order to be delivered');
    expect(done.timeline.map((entry) => entry.status).join(' → ')).toBe(
      'PENDING → AWAITING_PAYMENT → PAID → SHIPPED → DELIVERED',
    );
    const me = await eventually(async () => {
      const profile = ok(await customer.GET('/api/customers/me'));
      return profile.lifetimeSpend.amount > 0 && profile;
    }, 'the lifetime spend');
    expect({ tier: me.tier, lifetimeSpend: me.lifetimeSpend }).toEqual({
      tier: 'standard',
      lifetimeSpend: { amount: 7709, currency: 'USD' },
    });
  });
});
