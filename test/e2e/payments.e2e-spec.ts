import { ChargeOnOrderAwaitingPayment } from '../../src/contexts/payments/application/charge-payment/charge-on-order-awaiting-payment.handler.js';
import { PaymentProcessor } from '../../src/contexts/payments/domain/payment-processor.js';
import { ProviderFaults } from '../../src/contexts/payments/infrastructure/provider-faults.js';
import { Money } from '../../src/platform/domain/money.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { expectProblem, http } from '../support/http.js';
import { shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

describe('payments and the order lifecycle over HTTP', () => {
  let shop: TestApp;
  let driver: ReturnType<typeof shopDriver>;
  let sku: string;

  beforeAll(async () => {
    shop = await startTestApp({
      env: {
        MESSAGING_POLL_MS: '50',
        MESSAGING_BACKOFF_BASE_MS: '50',
        MESSAGING_BACKOFF_MAX_MS: '400',
        MESSAGING_MAX_ATTEMPTS: '100',
        PAYMENT_TIMEOUT_MS: '500',
        PAYMENT_RETRIES: '1',
        PAYMENT_BREAKER_THRESHOLD: '3',
        PAYMENT_HALF_OPEN_AFTER_MS: '200',
      },
    });
    driver = shopDriver(shop);
    sku = await driver.product(aProduct().withSku('KETTLE-9').pricedAt(2500).weighing(900), 50);
  });
  afterAll(() => shop?.close());

  let products = 0;
  /** Each test sells its own product, so stock counts never race with another test's orders. */
  const freshProduct = () =>
    driver.product(aProduct().withSku(`PAY-${++products}`).pricedAt(2500).weighing(900), 50);
  const order = (quantity: number, paymentMethod: object = VISA, item = sku) => ({
    lines: [{ sku: item, quantity }],
    shippingAddress: US_ADDRESS,
    paymentMethod,
  });
  const charges = async (orderId: string) =>
    Number(
      (
        await driver.sql(
          `select count(*)::int as n from payments.provider_ledger where idempotency_key = $1`,
          [`charge:${orderId}`],
        )
      )[0].n,
    );

  it('charges a card once and the order becomes PAID; the stock leaves the shelf', async () => {
    const sku = await freshProduct();
    const before = await driver.stock(sku);
    const { api } = await driver.customer();
    const placed = await api.post('/api/orders', order(2, VISA, sku));
    const paid = await driver.orderReaches(api, placed.body.id, 'PAID');
    expect(paid.timeline.map((t: { status: string }) => t.status)).toEqual([
      'PENDING',
      'AWAITING_PAYMENT',
      'PAID',
    ]);

    const payments = await api.get(`/api/payments?orderId=${placed.body.id}`);
    expect(payments.body.items).toEqual([
      expect.objectContaining({
        orderId: placed.body.id,
        status: 'captured',
        methodType: 'card',
        amount: paid.totals.total,
        providerReference: expect.stringMatching(/^card_ch_/),
      }),
    ]);
    expect(JSON.stringify(payments.body)).not.toContain('tok_');
    await eventually(
      async () => (await driver.stock(sku)).onHand === before.onHand - 2,
      'stock committed',
    );
    expect(await driver.stock(sku)).toMatchObject({
      onHand: before.onHand - 2,
      reserved: before.reserved,
    });
    expect(await charges(placed.body.id)).toBe(1);
  });

  it.each([
    ['a declined card', { type: 'card', token: 'tok_chargeDeclined' }, 'card_declined'],
    [
      'a card without funds',
      { type: 'card', token: 'tok_insufficientFunds' },
      'insufficient_funds',
    ],
    [
      'a declined PayPal payer',
      { type: 'paypal', payerEmail: 'broke@decline.example' },
      'payer_declined',
    ],
  ])(
    'rejects the order for %s (payment_declined) and makes the stock available again',
    async (_case, method, reason) => {
      const before = await driver.stock(sku);
      const { api } = await driver.customer();
      const placed = await api.post('/api/orders', order(3, method));
      const rejected = await driver.orderReaches(api, placed.body.id, 'REJECTED');
      expect(rejected.rejectionReason).toBe('payment_declined');
      const payments = await api.get(`/api/payments?orderId=${placed.body.id}`);
      expect(payments.body.items[0]).toMatchObject({
        status: 'failed',
        failureReason: reason,
        providerReference: null,
      });
      await eventually(
        async () => (await driver.stock(sku)).reserved === before.reserved,
        'reservation released',
      );
      expect(await driver.stock(sku)).toEqual(before);
      expect((await api.get(`/api/shipments?orderId=${placed.body.id}`)).body).toEqual({
        items: [],
      });
    },
  );

  it('charges a PayPal payer', async () => {
    const { api } = await driver.customer();
    const placed = await api.post(
      '/api/orders',
      order(1, { type: 'paypal', payerEmail: 'ada@example.com' }),
    );
    await driver.orderReaches(api, placed.body.id, 'PAID');
    const payments = await api.get(`/api/payments?orderId=${placed.body.id}`);
    expect(payments.body.items[0]).toMatchObject({
      status: 'captured',
      methodType: 'paypal',
      providerReference: expect.stringMatching(/^pp_ch_/),
    });
  });

  it('cancels a paid order: refund recorded, stock back on the shelf', async () => {
    const sku = await freshProduct();
    const before = await driver.stock(sku);
    const { api } = await driver.customer();
    const placed = await api.post('/api/orders', order(4, VISA, sku));
    await driver.orderReaches(api, placed.body.id, 'PAID');
    await eventually(
      async () => (await driver.stock(sku)).onHand === before.onHand - 4,
      'stock committed',
    );

    const cancelled = await api.post(`/api/orders/${placed.body.id}/cancel`);
    expect(cancelled.body.status).toBe('CANCELLED');
    const refunded = await eventually(async () => {
      const items = (await api.get(`/api/payments?orderId=${placed.body.id}`)).body.items;
      return items[0]?.status === 'refunded' && items[0];
    }, 'the refund');
    expect(refunded.history.map((h: { status: string }) => h.status)).toEqual([
      'captured',
      'refunded',
    ]);
    await eventually(
      async () => (await driver.stock(sku)).onHand === before.onHand,
      'stock restored',
    );
    expect(await driver.stock(sku)).toEqual(before);
  });

  it('refunds a charge that was in flight when the order was cancelled', async () => {
    const faults = shop.app.get(ProviderFaults);
    const { api } = await driver.customer();
    faults.set({ latencyMs: 300 });
    try {
      const placed = await api.post('/api/orders', order(1));
      await driver.orderReaches(api, placed.body.id, 'AWAITING_PAYMENT');
      // The charge is now waiting on the slow provider.
      expect((await api.post(`/api/orders/${placed.body.id}/cancel`)).body.status).toBe(
        'CANCELLED',
      );
      const payment = await eventually(async () => {
        const items = (await api.get(`/api/payments?orderId=${placed.body.id}`)).body.items;
        return items[0]?.status === 'refunded' && items[0];
      }, 'the refund of the in-flight charge');
      expect(payment.history.map((h: { status: string }) => h.status)).toEqual([
        'captured',
        'refunded',
      ]);
      expect((await api.get(`/api/orders/${placed.body.id}`)).body.status).toBe('CANCELLED');
    } finally {
      faults.set({ latencyMs: 0 });
    }
  });

  it('charges once when OrderAwaitingPayment arrives twice, and when the process died after the provider answered', async () => {
    const { api, id: customerId } = await driver.customer();
    const placed = await api.post('/api/orders', order(1));
    const paid = await driver.orderReaches(api, placed.body.id, 'PAID');
    const handler = shop.app.get(ChargeOnOrderAwaitingPayment);
    const envelope = {
      id: '00000000-0000-4000-8000-00000000aaaa',
      name: 'ordering.OrderAwaitingPayment.v1',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'ordering',
      aggregateId: placed.body.id,
      sequence: 2,
      correlationId: 'test',
      causationId: 'test',
      payload: {
        orderId: placed.body.id,
        customerId,
        amount: paid.totals.total,
        paymentMethod: VISA as { type: 'card'; token: string },
      },
    };
    await handler.handle(envelope);
    await handler.handle({ ...envelope, id: '00000000-0000-4000-8000-00000000bbbb' });
    expect(await charges(placed.body.id)).toBe(1);
    expect((await api.get(`/api/payments?orderId=${placed.body.id}`)).body.items).toHaveLength(1);

    // The provider charged, then the process died before our transaction committed:
    // the retry sends the same idempotency key and the provider answers without charging again.
    const orphan = '6f1c1a9e-3b0e-4c7e-9d7e-00000000cccc';
    const amount = { amount: 2500, currency: 'USD' };
    const first = await shop.app.get(PaymentProcessor).authorizeAndCapture({
      idempotencyKey: `charge:${orphan}`,
      amount: Money.of(2500, 'USD'),
      method: { type: 'card', token: 'tok_visa' },
      metadata: { orderId: orphan, customerId },
    });
    await handler.handle({
      ...envelope,
      id: '00000000-0000-4000-8000-00000000dddd',
      aggregateId: orphan,
      payload: { ...envelope.payload, orderId: orphan, amount },
    });
    expect(await charges(orphan)).toBe(1);
    const [payment] = await driver.sql(
      'select provider_reference from payments.payments where order_id = $1',
      [orphan],
    );
    expect(payment.provider_reference).toBe(
      first.outcome === 'captured' ? first.reference : 'not captured',
    );
  });

  it('keeps orders waiting while the provider is down and completes every one, once, when it returns', async () => {
    const faults = shop.app.get(ProviderFaults);
    faults.set({ outage: true });
    const { api } = await driver.customer();
    try {
      const placed = await Promise.all(
        [1, 1, 1].map((quantity) => api.post('/api/orders', order(quantity))),
      );
      const ids = placed.map((p) => p.body.id as string);
      await Promise.all(ids.map((id) => driver.orderReaches(api, id, 'AWAITING_PAYMENT')));
      await new Promise((resolve) => setTimeout(resolve, 800));
      for (const id of ids)
        expect((await api.get(`/api/orders/${id}`)).body.status).toBe('AWAITING_PAYMENT');
      const waiting = await driver.sql(
        `select attempts, last_error from payments.inbox where status = 'pending' and name = 'ordering.OrderAwaitingPayment.v1'`,
      );
      expect(waiting.length).toBe(3);
      expect(waiting.some((row) => /unavailable|circuit/i.test(String(row.last_error)))).toBe(true);

      faults.set({ outage: false });
      await Promise.all(ids.map((id) => driver.orderReaches(api, id, 'PAID')));
      for (const id of ids) expect(await charges(id)).toBe(1);
    } finally {
      faults.set({ outage: false });
    }
  }, 60_000);

  it('shows payments only to the order’s owner and administrators', async () => {
    const owner = await driver.customer();
    const other = await driver.customer();
    const placed = await owner.api.post('/api/orders', order(1));
    await driver.orderReaches(owner.api, placed.body.id, 'PAID');
    expect((await other.api.get(`/api/payments?orderId=${placed.body.id}`)).body).toEqual({
      items: [],
    });
    expect(
      (await (await driver.admin()).get(`/api/payments?orderId=${placed.body.id}`)).body.items,
    ).toHaveLength(1);
    expectProblem(
      await http(shop.app).get(`/api/payments?orderId=${placed.body.id}`),
      401,
      'AUTH.UNAUTHENTICATED',
    );
    expect((await owner.api.get('/api/payments?orderId=not-a-uuid')).status).toBe(400);
    expect((await owner.api.get('/api/payments')).status).toBe(400);
  });
});
