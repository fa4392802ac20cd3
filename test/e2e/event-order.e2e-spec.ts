import type { Type } from '@nestjs/common';
import { AddToPriceListOnProductCreated } from '../../src/contexts/ordering/application/add-to-price-list/add-to-price-list-on-product-created.handler.js';
import { AddBuyerOnCustomerRegistered } from '../../src/contexts/ordering/application/add-buyer/add-buyer-on-customer-registered.handler.js';
import { ReserveStockOnOrderPlaced } from '../../src/contexts/inventory/application/reserve-stock/reserve-stock-on-order-placed.handler.js';
import { CreateShipmentOnOrderPaid } from '../../src/contexts/shipping/application/create-shipment/create-shipment-on-order-paid.handler.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { http } from '../support/http.js';
import { type Api, shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

/**
 * Each context that reacts to several events of one aggregate in separate
 * handlers must see them in order, also when the handler of the earlier one
 * fails for a while: the platform holds the later events back (inbox claim).
 * Each case holds one real handler failing, lets the later event arrive and
 * gives its handler time to overtake, then lets the first one succeed.
 */
describe('event order per aggregate across the handlers of a context', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let admin: Api;

  beforeAll(async () => {
    shop = await startTestApp({
      env: {
        MESSAGING_POLL_MS: '50',
        MESSAGING_BACKOFF_BASE_MS: '50',
        MESSAGING_BACKOFF_MAX_MS: '100',
        MESSAGING_MAX_ATTEMPTS: '100',
      },
    });
    driver = shopDriver(shop);
    admin = await driver.admin();
  });
  afterAll(() => shop?.close());

  /** Makes a real handler fail until released; counts its failures. */
  function hold(handler: Type<{ handle(event: unknown): Promise<void> }>) {
    const instance = shop.app.get(handler, { strict: false });
    const original = instance.handle.bind(instance);
    const state = { held: true, failures: 0 };
    instance.handle = (event: unknown) => {
      if (!state.held) return original(event);
      state.failures++;
      return Promise.reject(new Error('held by the test'));
    };
    return {
      failing: () => eventually(async () => state.failures > 1, `${handler.name} to fail`),
      release: () => {
        state.held = false;
        instance.handle = original;
      },
    };
  }

  /** Waits until `context`'s inbox holds `name` for the aggregate, then gives it time to overtake. */
  async function arrivedAndWaited(context: string, aggregateId: string, name: string) {
    await eventually(
      async () =>
        (
          await driver.sql(`select 1 from ${context}.inbox where aggregate_id = $1 and name = $2`, [
            aggregateId,
            name,
          ])
        ).length > 0,
      `${name} in ${context}'s inbox`,
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
  }

  const settled = (context: string, aggregateId: string) =>
    eventually(
      async () =>
        (
          await driver.sql(
            `select 1 from ${context}.inbox where aggregate_id = $1 and status <> 'done'`,
            [aggregateId],
          )
        ).length === 0,
      `${context} to handle every event of ${aggregateId}`,
    );

  const order = (sku: string) => ({
    lines: [{ sku, quantity: 2 }],
    shippingAddress: US_ADDRESS,
    paymentMethod: VISA,
  });

  it('inventory: a cancellation is released after the reservation it follows, never before', async () => {
    const sku = await driver.product(aProduct().withSku('EO-RESERVE'), 10);
    const { api } = await driver.customer();
    const reserve = hold(ReserveStockOnOrderPlaced);
    const placed = await api.post('/api/orders', order(sku));
    await reserve.failing();
    expect((await api.post(`/api/orders/${placed.body.id}/cancel`)).status).toBe(200);
    await arrivedAndWaited('inventory', placed.body.id, 'ordering.OrderCancelled.v1');
    reserve.release();
    await settled('inventory', placed.body.id);
    expect(await driver.stock(sku)).toMatchObject({ onHand: 10, reserved: 0, available: 10 });
  });

  it('shipping: a paid order cancelled while its shipment is still being created ends with the shipment cancelled', async () => {
    const sku = await driver.product(aProduct().withSku('EO-SHIP'), 10);
    const { api } = await driver.customer();
    const create = hold(CreateShipmentOnOrderPaid);
    const placed = await api.post('/api/orders', order(sku));
    await driver.orderReaches(api, placed.body.id, 'PAID');
    await create.failing();
    expect((await api.post(`/api/orders/${placed.body.id}/cancel`)).status).toBe(200);
    await arrivedAndWaited('shipping', placed.body.id, 'ordering.OrderCancelled.v1');
    create.release();
    await settled('shipping', placed.body.id);
    const shipments = await driver.sql<{ status: string }>(
      'select status from shipping.shipments where order_id = $1',
      [placed.body.id],
    );
    expect(shipments).toEqual([{ status: 'CANCELLED' }]);
  });

  it('ordering’s price list: a price change made right after creation is not undone by the creation', async () => {
    const add = hold(AddToPriceListOnProductCreated);
    const created = await admin.post(
      '/api/products',
      aProduct().withSku('EO-PRICE').pricedAt(1000).request(),
    );
    expect(created.status).toBe(201);
    await add.failing();
    const changed = await admin.put('/api/products/EO-PRICE/price', {
      price: { amount: 1500, currency: 'USD' },
    });
    expect(changed.status).toBe(200);
    const productId = created.body.id as string;
    await arrivedAndWaited('ordering', productId, 'catalog.ProductPriceChanged.v1');
    add.release();
    await settled('ordering', productId);
    expect(
      await driver.sql(`select price_amount::int from ordering.price_list where sku = 'EO-PRICE'`),
    ).toEqual([{ price_amount: 1500 }]);
  });

  it('ordering’s buyers: an upgrade to premium right after registration is not undone by the registration', async () => {
    const addBuyer = hold(AddBuyerOnCustomerRegistered);
    const registered = await http(shop.app).post('/api/customers', {
      email: 'event-order-buyer@example.com',
      name: 'Early Premium',
      password: 'a-long-enough-password',
    });
    expect(registered.status).toBe(201);
    const customerId = registered.body.id as string;
    await addBuyer.failing();
    expect((await admin.post(`/api/customers/${customerId}/premium`)).status).toBe(200);
    await arrivedAndWaited('ordering', customerId, 'customers.CustomerTierChanged.v1');
    addBuyer.release();
    await settled('ordering', customerId);
    expect(
      await driver.sql('select tier from ordering.buyers where customer_id = $1', [customerId]),
    ).toEqual([{ tier: 'premium' }]);
  });
});
