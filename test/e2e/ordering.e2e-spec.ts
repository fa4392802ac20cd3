import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http, type JsonResponse } from '../support/http.js';
import { shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

describe('placing and following orders over HTTP', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let mug: string;
  let tea: string;

  beforeAll(async () => {
    // Without payments, orders stop at AWAITING_PAYMENT: this file is about placing them.
    shop = await startTestApp({
      contexts: 'catalog,customers,inventory,ordering,shipping',
      env: { MESSAGING_POLL_MS: '50', MESSAGING_WORKERS: '4' },
    });
    driver = shopDriver(shop);
    mug = await driver.product(aProduct().withSku('MUG-1').pricedAt(1999).weighing(500), 100);
    tea = await driver.product(aProduct().withSku('TEA-1').pricedAt(550).weighing(1200), 100);
  });
  afterAll(() => shop?.close());

  const order = (
    lines: { sku: string; quantity: number }[],
    extra: Record<string, unknown> = {},
  ) => ({
    lines,
    shippingAddress: US_ADDRESS,
    paymentMethod: VISA,
    ...extra,
  });

  it('register → token → browse → place: AWAITING_PAYMENT with the worked example’s exact totals', async () => {
    const { api, id: customerId } = await driver.customer();
    const products = await api.get('/api/products?search=mug');
    expect(products.body.items.map((p: { sku: string }) => p.sku)).toContain(mug);

    const placed = await api.post(
      '/api/orders',
      order([
        { sku: mug, quantity: 2 },
        { sku: tea, quantity: 5 },
      ]),
    );
    expect(placed.status).toBe(201);
    expect(placed.headers.location).toBe(`/api/orders/${placed.body.id}`);
    expect(placed.body).toMatchObject({
      customerId,
      status: 'PENDING',
      paymentMethod: { type: 'card' },
      totals: {
        subtotal: { amount: 6748, currency: 'USD' },
        discount: { amount: 138, currency: 'USD' },
        shipping: { amount: 1099, currency: 'USD' },
        total: { amount: 7709, currency: 'USD' },
      },
    });
    expect(placed.body.lines[1]).toMatchObject({
      sku: tea,
      unitPrice: { amount: 550 },
      quantity: 5,
      volumeDiscount: { amount: 138 },
    });

    const awaiting = await driver.orderReaches(api, placed.body.id, 'AWAITING_PAYMENT');
    expect(awaiting.timeline.map((t: { status: string }) => t.status)).toEqual([
      'PENDING',
      'AWAITING_PAYMENT',
    ]);
    expect(awaiting.timeline.every((t: { at: string }) => !Number.isNaN(Date.parse(t.at)))).toBe(
      true,
    );
    expect(await driver.stock(mug)).toMatchObject({ reserved: 2 });
  });

  it('rejects an order for more than is available as out_of_stock and leaves the stock as it was', async () => {
    const scarce = await driver.product(aProduct().withSku('RARE-1').pricedAt(10000), 3);
    const { api } = await driver.customer();
    const placed = await api.post(
      '/api/orders',
      order([
        { sku: mug, quantity: 1 },
        { sku: scarce, quantity: 4 },
      ]),
    );
    expect(placed.status).toBe(201);
    const mugBefore = await driver.stock(mug);
    const rejected = await driver.orderReaches(api, placed.body.id, 'REJECTED');
    expect(rejected.rejectionReason).toBe('out_of_stock');
    expect(rejected.timeline.at(-1)).toMatchObject({ status: 'REJECTED', reason: 'out_of_stock' });
    expect(await driver.stock(scarce)).toEqual({
      sku: scarce,
      onHand: 3,
      reserved: 0,
      available: 3,
    });
    expect((await driver.stock(mug)).reserved).toBe(mugBefore.reserved);
  });

  it('never oversells: 10 available, 50 concurrent orders of 1 → exactly 10 reserved, 40 rejected', async () => {
    const hot = await driver.product(aProduct().withSku('HOT-1').pricedAt(1500), 10);
    const buyers = await Promise.all(Array.from({ length: 5 }, () => driver.customer()));
    const placed = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        buyers[i % 5]!.api.post('/api/orders', order([{ sku: hot, quantity: 1 }])),
      ),
    );
    expect(placed.map((p) => p.status)).toEqual(Array(50).fill(201));
    const admin = await driver.admin();
    const finals = await Promise.all(
      placed.map((p) =>
        driver
          .orderReaches(admin, p.body.id as string, 'AWAITING_PAYMENT')
          .catch(() => driver.orderReaches(admin, p.body.id as string, 'REJECTED')),
      ),
    );
    const counts = finals.reduce<Record<string, number>>(
      (acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ AWAITING_PAYMENT: 10, REJECTED: 40 });
    expect(await driver.stock(hot)).toEqual({ sku: hot, onHand: 10, reserved: 10, available: 0 });
  }, 60_000);

  it('ships to a saved address by its id, and refuses an id that is not the customer’s', async () => {
    const { api } = await driver.customer();
    const saved = await api.post('/api/customers/me/addresses', {
      ...US_ADDRESS,
      city: 'Shelbyville',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const placed = await eventuallyPlaced(
      api,
      order([{ sku: mug, quantity: 1 }], {
        shippingAddress: undefined,
        shippingAddressId: saved.body.id,
      }),
    );
    expect(placed.body.shippingAddress).toMatchObject({ city: 'Shelbyville', country: 'US' });

    const other = await driver.customer();
    const before = await driver.orderCount();
    const refused = await other.api.post(
      '/api/orders',
      order([{ sku: mug, quantity: 1 }], {
        shippingAddress: undefined,
        shippingAddressId: saved.body.id,
      }),
    );
    expectProblem(refused, 422, 'ORDERING.UNKNOWN_SHIPPING_ADDRESS');
    expect(refused.body.errors[0].field).toBe('shippingAddressId');
    expect(await driver.orderCount()).toBe(before);
  });

  async function eventuallyPlaced(api: ReturnType<typeof http>, body: unknown) {
    // The saved address reaches ordering through an event: retry briefly until it has.
    for (let i = 0; i < 100; i++) {
      const response = await api.post('/api/orders', body);
      if (response.status === 201) return response;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    throw new Error('the order was never accepted');
  }

  describe('promotions and the premium discount', () => {
    it('applies a valid promotion; refuses unknown and expired codes with 422', async () => {
      const admin = await driver.admin();
      const now = shop.clock.now().getTime();
      const day = 86_400_000;
      expect(
        (
          await admin.post('/api/promotions', {
            code: 'spring15',
            percentage: 15,
            validFrom: new Date(now - day).toISOString(),
            validUntil: new Date(now + day).toISOString(),
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await admin.post('/api/promotions', {
            code: 'WINTER',
            percentage: 20,
            validFrom: new Date(now - 3 * day).toISOString(),
            validUntil: new Date(now - day).toISOString(),
          })
        ).status,
      ).toBe(201);

      const { api } = await driver.customer();
      const placed = await api.post(
        '/api/orders',
        order([{ sku: mug, quantity: 2 }], { promotionCode: 'SPRING15' }),
      );
      expect(placed.status).toBe(201);
      // 39.98 − 15 % (6.00, from 5.997) = 33.98; 1 kg domestic shipping 4.99
      expect(placed.body.totals).toMatchObject({
        subtotal: { amount: 3998 },
        discount: { amount: 600 },
        shipping: { amount: 499 },
        total: { amount: 3897 },
      });
      expect(placed.body.promotionCode).toBe('SPRING15');

      const before = await driver.orderCount();
      const unknown = await api.post(
        '/api/orders',
        order([{ sku: mug, quantity: 1 }], { promotionCode: 'NOPE' }),
      );
      expectProblem(unknown, 422, 'ORDERING.PROMOTION_NOT_APPLICABLE');
      expect(unknown.body.errors[0].field).toBe('promotionCode');
      const expired = await api.post(
        '/api/orders',
        order([{ sku: mug, quantity: 1 }], { promotionCode: 'winter' }),
      );
      expectProblem(expired, 422, 'ORDERING.PROMOTION_NOT_APPLICABLE');
      // The same words either way: the answers do not tell which codes exist.
      expect(expired.body.detail.replace('WINTER', 'NOPE')).toBe(unknown.body.detail);
      expect(await driver.orderCount()).toBe(before);
    });

    it('gives a premium customer 10 %, or a larger promotion instead, never both', async () => {
      const admin = await driver.admin();
      const now = shop.clock.now().getTime();
      await admin.post('/api/promotions', {
        code: 'SMALL5',
        percentage: 5,
        validFrom: new Date(now - 1000).toISOString(),
        validUntil: new Date(now + 86_400_000).toISOString(),
      });
      const { api, id } = await driver.customer();
      expect((await admin.post(`/api/customers/${id}/premium`)).status).toBe(200);
      // The tier reaches ordering through CustomerTierChanged: retry until the discount shows.
      let premium: JsonResponse | undefined;
      for (let i = 0; i < 100; i++) {
        premium = await api.post('/api/orders', order([{ sku: mug, quantity: 2 }]));
        if (premium.body.totals.discount.amount > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      // 39.98 − 10 % (4.00, from 3.998) = 35.98 ≥ 50? no → shipping 4.99
      expect(premium?.body.totals).toMatchObject({
        discount: { amount: 400 },
        shipping: { amount: 499 },
        total: { amount: 4097 },
      });
      const withSmall = await api.post(
        '/api/orders',
        order([{ sku: mug, quantity: 2 }], { promotionCode: 'SMALL5' }),
      );
      expect(withSmall.body.totals.discount.amount).toBe(400); // premium 10 % beats 5 %
      const withLarge = await api.post(
        '/api/orders',
        order([{ sku: mug, quantity: 2 }], { promotionCode: 'SPRING15' }),
      );
      expect(withLarge.body.totals.discount.amount).toBe(600); // 15 % beats premium, not added to it
    });

    it('refuses bad promotions: 400 for input, 409 for a taken code, 403 for a customer', async () => {
      const admin = await driver.admin();
      const valid = {
        code: 'TAKEN-1',
        percentage: 10,
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2026-12-31T00:00:00Z',
      };
      expect((await admin.post('/api/promotions', valid)).status).toBe(201);
      expectProblem(
        await admin.post('/api/promotions', { ...valid, code: 'taken-1' }),
        409,
        'ORDERING.PROMOTION_CODE_TAKEN',
      );
      for (const [field, value] of [
        ['percentage', 0],
        ['percentage', 91],
        ['percentage', 12.5],
        ['validFrom', 'soon'],
        ['code', 'a b'],
      ] as const) {
        const response = await admin.post('/api/promotions', {
          ...valid,
          code: 'OTHER',
          [field]: value,
        });
        expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
        expect(response.body.errors[0].field).toBe(field);
      }
      expectProblem(
        await admin.post('/api/promotions', {
          ...valid,
          code: 'BACKWARDS',
          validUntil: '2025-01-01T00:00:00Z',
        }),
        400,
        'ORDERING.INVALID_PROMOTION',
      );
      const { api } = await driver.customer();
      expectProblem(
        await api.post('/api/promotions', { ...valid, code: 'MINE' }),
        403,
        'AUTH.ADMIN_ROLE_REQUIRED',
      );
    });
  });

  describe('cancellation', () => {
    it('cancels an order awaiting payment, releasing its stock; a second cancel answers 409', async () => {
      const item = await driver.product(aProduct().withSku('CANCEL-1').pricedAt(2000), 5);
      const { api } = await driver.customer();
      const placed = await api.post('/api/orders', order([{ sku: item, quantity: 3 }]));
      await driver.orderReaches(api, placed.body.id, 'AWAITING_PAYMENT');
      expect((await driver.stock(item)).reserved).toBe(3);

      const cancelled = await api.post(`/api/orders/${placed.body.id}/cancel`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('CANCELLED');
      expect(cancelled.body.timeline.map((t: { status: string }) => t.status)).toEqual([
        'PENDING',
        'AWAITING_PAYMENT',
        'CANCELLED',
      ]);
      await driverStock(item, 0);
      expectProblem(
        await api.post(`/api/orders/${placed.body.id}/cancel`),
        409,
        'ORDERING.ORDER_ALREADY_CANCELLED',
      );
    });

    it('refuses to cancel a rejected order with 409', async () => {
      const item = await driver.product(aProduct().withSku('CANCEL-2').pricedAt(2000), 0);
      const { api } = await driver.customer();
      const placed = await api.post('/api/orders', order([{ sku: item, quantity: 1 }]));
      await driver.orderReaches(api, placed.body.id, 'REJECTED');
      expectProblem(
        await api.post(`/api/orders/${placed.body.id}/cancel`),
        409,
        'ORDERING.REJECTED_ORDER_CANNOT_BE_CANCELLED',
      );
    });

    async function driverStock(sku: string, reserved: number) {
      for (let i = 0; i < 200; i++) {
        if ((await driver.stock(sku)).reserved === reserved) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await driver.stock(sku)).reserved).toBe(reserved);
    }
  });

  describe('who sees what', () => {
    it('shows customers only their own orders (another’s answers 404), and administrators all', async () => {
      const alice = await driver.customer('Alice');
      const bob = await driver.customer('Bob');
      const alices = await alice.api.post('/api/orders', order([{ sku: mug, quantity: 1 }]));
      const bobs = await bob.api.post('/api/orders', order([{ sku: tea, quantity: 1 }]));

      expectProblem(
        await bob.api.get(`/api/orders/${alices.body.id}`),
        404,
        'ORDERING.ORDER_NOT_FOUND',
      );
      expectProblem(
        await bob.api.post(`/api/orders/${alices.body.id}/cancel`),
        404,
        'ORDERING.ORDER_NOT_FOUND',
      );
      const missing = await bob.api.get('/api/orders/6f1c1a9e-3b0e-4c7e-9d7e-0d6f5b9a1c2d');
      expect({
        ...missing.body,
        instance: undefined,
        requestId: undefined,
        detail: undefined,
        orderId: undefined,
      }).toEqual({
        ...(await bob.api.get(`/api/orders/${alices.body.id}`)).body,
        instance: undefined,
        requestId: undefined,
        detail: undefined,
        orderId: undefined,
      });

      const bobsList = await bob.api.get('/api/orders');
      expect(bobsList.body.items.map((o: { id: string }) => o.id)).toEqual([bobs.body.id]);
      const admin = await driver.admin();
      expect((await admin.get(`/api/orders/${alices.body.id}`)).status).toBe(200);
      const all = (await admin.get('/api/orders?limit=100')).body.items.map(
        (o: { id: string }) => o.id,
      );
      expect(all).toEqual(expect.arrayContaining([alices.body.id, bobs.body.id]));
    });

    it('lists newest first, cursor-paginated', async () => {
      const { api } = await driver.customer();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push((await api.post('/api/orders', order([{ sku: tea, quantity: 1 }]))).body.id);
      const first = await api.get('/api/orders?limit=2');
      expect(first.body.items.map((o: { id: string }) => o.id)).toEqual([ids[2], ids[1]]);
      const second = await api.get(`/api/orders?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((o: { id: string }) => o.id)).toEqual([ids[0]]);
      expect(second.body.nextCursor).toBeNull();
      expectProblem(await api.get('/api/orders?cursor=forged'), 400, 'REQUEST.INVALID_CURSOR');
    });

    it('answers 401 without a token and with an expired one', async () => {
      expectProblem(
        await http(shop.app).post('/api/orders', order([{ sku: mug, quantity: 1 }])),
        401,
        'AUTH.UNAUTHENTICATED',
      );
      const token = await shop.tokenFor('customer');
      shop.clock.advance(2 * 3_600_000);
      try {
        expectProblem(
          await http(shop.app, { token }).get('/api/orders'),
          401,
          'AUTH.UNAUTHENTICATED',
        );
      } finally {
        shop.clock.advance(-2 * 3_600_000);
      }
    });
  });

  describe('bad input', () => {
    let api: ReturnType<typeof http>;
    beforeAll(async () => {
      api = (await driver.customer()).api;
    });

    it.each([
      [
        'an unknown property',
        { ...order([{ sku: 'MUG-1', quantity: 1 }]), gift: true },
        400,
        'REQUEST.VALIDATION_FAILED',
        'gift',
      ],
      ['empty lines', order([]), 400, 'REQUEST.VALIDATION_FAILED', 'lines'],
      [
        'a quantity of 0',
        order([{ sku: 'MUG-1', quantity: 0 }]),
        400,
        'REQUEST.VALIDATION_FAILED',
        'lines[0].quantity',
      ],
      [
        'a quantity of 101',
        order([{ sku: 'MUG-1', quantity: 101 }]),
        400,
        'REQUEST.VALIDATION_FAILED',
        'lines[0].quantity',
      ],
      [
        'a quantity as a string',
        order([{ sku: 'MUG-1', quantity: '2' as unknown as number }]),
        400,
        'REQUEST.VALIDATION_FAILED',
        'lines[0].quantity',
      ],
      [
        'a sku twice',
        order([
          { sku: 'MUG-1', quantity: 1 },
          { sku: 'mug-1', quantity: 1 },
        ]),
        400,
        'ORDERING.INVALID_ORDER',
        'lines[1].sku',
      ],
      [
        'an unknown sku',
        order([
          { sku: 'MUG-1', quantity: 1 },
          { sku: 'NOPE-404', quantity: 1 },
        ]),
        422,
        'ORDERING.PRODUCTS_NOT_AVAILABLE',
        'lines[1].sku',
      ],
      [
        'an address without a city',
        order([{ sku: 'MUG-1', quantity: 1 }], {
          shippingAddress: { ...US_ADDRESS, city: undefined },
        }),
        400,
        'REQUEST.VALIDATION_FAILED',
        'shippingAddress.city',
      ],
      [
        'an address with a bad country',
        order([{ sku: 'MUG-1', quantity: 1 }], {
          shippingAddress: { ...US_ADDRESS, country: 'usa' },
        }),
        400,
        'REQUEST.VALIDATION_FAILED',
        'shippingAddress.country',
      ],
      [
        'an address whose recipient is only spaces (the domain trims, the DTO does not)',
        order([{ sku: 'MUG-1', quantity: 1 }], {
          shippingAddress: { ...US_ADDRESS, recipient: '   ' },
        }),
        400,
        'ORDERING.INVALID_ORDER',
        'shippingAddress.recipient',
      ],
      [
        'no address at all',
        order([{ sku: 'MUG-1', quantity: 1 }], { shippingAddress: undefined }),
        400,
        'ORDERING.INVALID_ORDER',
        'shippingAddress',
      ],
      [
        'a card without a token',
        order([{ sku: 'MUG-1', quantity: 1 }], { paymentMethod: { type: 'card' } }),
        400,
        'ORDERING.INVALID_ORDER',
        'paymentMethod.token',
      ],
      [
        'a card number instead of a token',
        order([{ sku: 'MUG-1', quantity: 1 }], {
          paymentMethod: { type: 'card', token: '4242424242424242' },
        }),
        400,
        'REQUEST.VALIDATION_FAILED',
        'paymentMethod.token',
      ],
      [
        'an unknown payment type',
        order([{ sku: 'MUG-1', quantity: 1 }], { paymentMethod: { type: 'cash' } }),
        400,
        'REQUEST.VALIDATION_FAILED',
        'paymentMethod.type',
      ],
    ])(
      'refuses %s with a problem naming the field, and writes no order',
      async (_case, body, status, code, field) => {
        const before = await driver.orderCount();
        const response = await api.post('/api/orders', body);
        expectProblem(response, status, code);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(await driver.orderCount()).toBe(before);
      },
    );

    it('refuses a discontinued product with 422 naming the line', async () => {
      const gone = await driver.product(aProduct().withSku('GONE-1'), 5);
      const admin = await driver.admin();
      await admin.post(`/api/products/${gone}/discontinue`);
      let response: JsonResponse = await api.post(
        '/api/orders',
        order([{ sku: gone, quantity: 1 }]),
      );
      for (let i = 0; i < 100 && response.status === 201; i++) {
        response = await api.post('/api/orders', order([{ sku: gone, quantity: 1 }]));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expectProblem(response, 422, 'ORDERING.PRODUCTS_NOT_AVAILABLE');
      expect(response.body.errors[0]).toEqual({
        field: 'lines[0].sku',
        message: `${gone} is no longer sold`,
      });
    });

    it('answers 400 for an order id that is not a UUID', async () => {
      expect((await api.get('/api/orders/not-a-uuid')).status).toBe(400);
    });
  });
});
