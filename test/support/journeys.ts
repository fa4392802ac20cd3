import { aProduct } from '../builders/product.builder.js';
import { eventually } from './context-database.js';
import { expectProblem, type JsonResponse } from './http.js';
import { type Api, type ShopDriver, US_ADDRESS, VISA } from './shop.js';

/**
 * The shop's journeys end to end, as a client makes them: defined once, run in one
 * process (test/e2e/lifecycle.e2e-spec.ts) and in every split topology
 * (test/e2e/topologies.e2e-spec.ts). The shop must retry a failed handler at most
 * three times (MESSAGING_MAX_ATTEMPTS=3) with a short backoff.
 */
export function shopJourneys(driverOf: () => ShopDriver): void {
  let driver: ShopDriver;
  let admin: Api;

  beforeAll(async () => {
    driver = driverOf();
    admin = await driver.admin();
  });

  const order = (lines: [string, number][], paymentMethod: object = VISA) => ({
    lines: lines.map(([sku, quantity]) => ({ sku, quantity })),
    shippingAddress: US_ADDRESS,
    paymentMethod,
  });
  const shipmentOf = (api: Api, orderId: string) =>
    eventually(async () => {
      const items = (await api.get(`/api/shipments?orderId=${orderId}`)).body.items;
      return items?.length === 1 && items[0];
    }, `the shipment of ${orderId}`);
  const deliver = async (api: Api, orderId: string) => {
    const shipment = await shipmentOf(api, orderId);
    await admin.post(`/api/shipments/${shipment.id}/dispatch`, { carrier: 'DHL' });
    await driver.orderReaches(api, orderId, 'SHIPPED');
    await admin.post(`/api/shipments/${shipment.id}/deliver`);
    return driver.orderReaches(api, orderId, 'DELIVERED');
  };

  it('goes PENDING → AWAITING_PAYMENT → PAID → SHIPPED → DELIVERED; stock decreases by exactly what was ordered', async () => {
    const lamp = await driver.product(
      aProduct().withSku('LC-LAMP').pricedAt(4500).weighing(2000),
      10,
    );
    const bulb = await driver.product(
      aProduct().withSku('LC-BULB').pricedAt(300).weighing(100),
      40,
    );
    const { api } = await driver.customer();
    const placed = await api.post(
      '/api/orders',
      order([
        [lamp, 2],
        [bulb, 6],
      ]),
    );
    expect(placed.status).toBe(201);
    await driver.orderReaches(api, placed.body.id, 'PAID');

    const shipment = await shipmentOf(api, placed.body.id);
    expect(shipment).toMatchObject({
      status: 'PENDING',
      cost: placed.body.totals.shipping,
      address: expect.objectContaining({ city: 'Springfield' }),
    });
    expectProblem(
      await api.post(`/api/shipments/${shipment.id}/dispatch`, { carrier: 'UPS' }),
      403,
      'AUTH.ADMIN_ROLE_REQUIRED',
    );
    expectProblem(
      await admin.post(`/api/shipments/${shipment.id}/deliver`),
      409,
      'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED',
    );
    const dispatched = await admin.post(`/api/shipments/${shipment.id}/dispatch`, {
      carrier: 'UPS',
    });
    expect(dispatched.body).toMatchObject({
      status: 'DISPATCHED',
      carrier: 'UPS',
      trackingNumber: expect.stringMatching(/^UPS[0-9A-F]{12}$/),
    });
    await driver.orderReaches(api, placed.body.id, 'SHIPPED');
    expectProblem(
      await api.post(`/api/orders/${placed.body.id}/cancel`),
      409,
      'ORDERING.ORDER_CANNOT_BE_CANCELLED_AFTER_SHIPMENT',
    );
    expect((await admin.post(`/api/shipments/${shipment.id}/deliver`)).body.status).toBe(
      'DELIVERED',
    );
    const delivered = await driver.orderReaches(api, placed.body.id, 'DELIVERED');
    expect(delivered.timeline.map((t: { status: string }) => t.status)).toEqual([
      'PENDING',
      'AWAITING_PAYMENT',
      'PAID',
      'SHIPPED',
      'DELIVERED',
    ]);
    expect(await driver.stock(lamp)).toEqual({ sku: lamp, onHand: 8, reserved: 0, available: 8 });
    expect(await driver.stock(bulb)).toEqual({ sku: bulb, onHand: 34, reserved: 0, available: 34 });
  });

  it('shows a shipment only to the order’s owner and administrators; refuses bad input', async () => {
    const item = await driver.product(aProduct().withSku('LC-BOX').pricedAt(1000), 5);
    const owner = await driver.customer();
    const other = await driver.customer();
    const placed = await owner.api.post('/api/orders', order([[item, 1]]));
    const shipment = await shipmentOf(owner.api, placed.body.id);
    expect((await other.api.get(`/api/shipments?orderId=${placed.body.id}`)).body).toEqual({
      items: [],
    });
    expect((await admin.get(`/api/shipments?orderId=${placed.body.id}`)).body.items).toHaveLength(
      1,
    );
    const bad = await admin.post(`/api/shipments/${shipment.id}/dispatch`, { carrier: '' });
    expectProblem(bad, 400, 'REQUEST.VALIDATION_FAILED');
    expect(bad.body.errors[0].field).toBe('carrier');
    expectProblem(
      await admin.post('/api/shipments/6f1c1a9e-3b0e-4c7e-9d7e-0d6f5b9a1c2d/dispatch', {
        carrier: 'UPS',
      }),
      404,
      'SHIPPING.SHIPMENT_NOT_FOUND',
    );
  });

  it('rejects an order whose card is declined and makes its stock available again', async () => {
    const sku = await driver.product(aProduct().withSku('LC-KETTLE').pricedAt(2500), 10);
    const before = await driver.stock(sku);
    const { api } = await driver.customer();
    const placed = await api.post(
      '/api/orders',
      order([[sku, 3]], { type: 'card', token: 'tok_chargeDeclined' }),
    );
    const rejected = await driver.orderReaches(api, placed.body.id, 'REJECTED');
    expect(rejected.rejectionReason).toBe('payment_declined');
    expect((await api.get(`/api/payments?orderId=${placed.body.id}`)).body.items).toEqual([
      expect.objectContaining({ status: 'failed', failureReason: 'card_declined' }),
    ]);
    await driver.stockBecomes(sku, before); // the reservation released
    expect((await api.get(`/api/shipments?orderId=${placed.body.id}`)).body.items).toEqual([]);
  });

  it('cancels a paid order: refund recorded, stock back on the shelf', async () => {
    const sku = await driver.product(aProduct().withSku('LC-PAN').pricedAt(3000), 10);
    const { api } = await driver.customer();
    const placed = await api.post('/api/orders', order([[sku, 4]]));
    await driver.orderReaches(api, placed.body.id, 'PAID');
    await driver.stockBecomes(sku, { sku, onHand: 6, reserved: 0, available: 6 });

    const cancelled = await api.post(`/api/orders/${placed.body.id}/cancel`);
    expect(cancelled.body.status).toBe('CANCELLED');
    const refund = await driver.refundOf(api, placed.body.id);
    expect(refund.history.map((h: { status: string }) => h.status)).toEqual([
      'captured',
      'refunded',
    ]);
    await driver.stockBecomes(sku, { sku, onHand: 10, reserved: 0, available: 10 });
  });

  it('makes a customer premium once delivered spend reaches 1000.00; the next order gets 10 % off', async () => {
    const tv = await driver.product(aProduct().withSku('LC-TV').pricedAt(52000).weighing(9000), 10);
    const cup = await driver.product(aProduct().withSku('LC-CUP').pricedAt(2000).weighing(300), 10);
    const { api } = await driver.customer();
    for (let i = 0; i < 2; i++) {
      const placed = await api.post('/api/orders', order([[tv, 1]]));
      await driver.orderReaches(api, placed.body.id, 'PAID');
      await deliver(api, placed.body.id);
    }
    const profile = await eventually(async () => {
      const me = (await api.get('/api/customers/me')).body;
      return me.tier === 'premium' && me;
    }, 'the premium tier');
    expect(profile.lifetimeSpend).toEqual({ amount: 104000, currency: 'USD' }); // 2 × 520.00, free shipping ≥ 100.00

    // Ordering learns the new tier from customers' events, wherever each runs.
    let next: JsonResponse | undefined;
    for (let i = 0; i < 100; i++) {
      next = await api.post('/api/orders', order([[cup, 1]]));
      if (next.body.totals.discount.amount > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(next?.body.totals).toMatchObject({
      subtotal: { amount: 2000 },
      discount: { amount: 200 },
      shipping: { amount: 499 },
      total: { amount: 2299 },
    });
  });

  it('recommends what is bought together, and a rebuild from the event log gives the same counts', async () => {
    const [a, b, c, d] = await Promise.all(
      ['RC-A', 'RC-B', 'RC-C', 'RC-D'].map((sku) =>
        driver.product(aProduct().withSku(sku).pricedAt(500), 100),
      ),
    );
    const { api } = await driver.customer();
    const baskets: [string, number][][] = [
      [
        [a!, 1],
        [b!, 1],
      ],
      [
        [a!, 1],
        [b!, 2],
        [c!, 1],
      ],
      [
        [a!, 1],
        [c!, 1],
      ],
      [
        [a!, 3],
        [b!, 1],
      ],
      [[d!, 1]],
    ];
    for (const basket of baskets) {
      const placed = await api.post('/api/orders', order(basket));
      await driver.orderReaches(api, placed.body.id, 'PAID');
    }
    const expected = [
      { sku: b, orders: 3 },
      { sku: c, orders: 2 },
    ];
    const recommended = await eventually(async () => {
      const body = (await api.get(`/api/recommendations/${a!.toLowerCase()}`)).body;
      return JSON.stringify(body.items) === JSON.stringify(expected) && body;
    }, 'the co-purchase counts');
    expect(recommended).toEqual({ sku: a, items: expected });
    expect((await api.get(`/api/recommendations/${d}`)).body.items).toEqual([]);

    const counts = 'select sku, other_sku, orders from recommendations.co_purchases order by 1, 2';
    const before = await driver.sql(counts);
    expectProblem(
      await api.post('/api/admin/recommendations/rebuild'),
      403,
      'AUTH.ADMIN_ROLE_REQUIRED',
    );
    // Where ordering runs elsewhere, the rebuild reads its events from its stream.
    const rebuild = await admin.post('/api/admin/recommendations/rebuild');
    expect(rebuild.status).toBe(202);
    expect(rebuild.body.replayed).toBeGreaterThanOrEqual(baskets.length);
    await eventually(
      async () =>
        (await driver.sql(`select 1 from recommendations.inbox where status <> 'done'`)).length ===
        0,
      'the replay handled',
    );
    expect(await driver.sql(counts)).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });

  it('keeps an event its handler cannot take as a dead letter, and a replay after the fix applies it once', async () => {
    const [x, y] = await Promise.all(
      ['DL-X', 'DL-Y'].map((sku) => driver.product(aProduct().withSku(sku).pricedAt(700), 10)),
    );
    const { api } = await driver.customer();
    // An operator's mistake: recommendations' role lost the right to write its counts.
    const revoke = 'revoke insert on recommendations.co_purchases from emporium_recommendations';
    await driver.sql(revoke);
    const placed = await api.post(
      '/api/orders',
      order([
        [x!, 1],
        [y!, 1],
      ]),
    );
    // The order itself is not held up by a failing reader.
    await driver.orderReaches(api, placed.body.id, 'PAID');
    // Every context's dead letters at the one base URL, whichever process holds them.
    const lettersApi = await driver.admin();
    const letter = await eventually(async () => {
      const items = (await lettersApi.get('/api/admin/dead-letters')).body.items as any[];
      return items.find(
        (item) =>
          item.handler === 'recommendations.CountCoPurchasesOnOrderPaid' &&
          item.event.aggregateId === placed.body.id,
      );
    }, 'the dead letter');
    expect(letter).toMatchObject({
      context: 'recommendations',
      attempts: 3,
      error: expect.stringContaining('permission denied'),
    });
    expect((await api.get(`/api/recommendations/${x}`)).body.items).toEqual([]);

    await driver.sql(revoke.replace('revoke', 'grant').replace(' from ', ' to '));
    const replayed = await lettersApi.post(`/api/admin/dead-letters/${letter.id}/replay`);
    expect(replayed.status).toBe(202);
    const items = await eventually(async () => {
      const found = (await api.get(`/api/recommendations/${x}`)).body.items;
      return found.length > 0 && found;
    }, 'the replayed event handled');
    expect(items).toEqual([{ sku: y, orders: 1 }]);
    expect(
      ((await lettersApi.get('/api/admin/dead-letters')).body.items as any[]).map(
        (item) => item.id,
      ),
    ).not.toContain(letter.id);
  });
}
