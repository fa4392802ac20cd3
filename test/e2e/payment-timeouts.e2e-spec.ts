import { ReconcilePayments } from '../../src/contexts/payments/application/reconcile-payments/reconcile-payments.js';
import { ProviderFaults } from '../../src/contexts/payments/infrastructure/provider-faults.js';
import { aProduct } from '../builders/product.builder.js';
import { startTestApp } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { type Api, shopDriver, US_ADDRESS, VISA } from '../support/shop.js';

/** Settings under which every provider call outlasts its timeout (ADR 0020). */
const SLOW_PROVIDER = {
  MESSAGING_POLL_MS: '50',
  MESSAGING_BACKOFF_BASE_MS: '50',
  MESSAGING_BACKOFF_MAX_MS: '400',
  PAYMENT_TIMEOUT_MS: '100',
  PAYMENT_FAULT_LATENCY_MS: '300',
  PAYMENT_HALF_OPEN_AFTER_MS: '100',
};

/**
 * One attempt per event: a timed-out charge goes straight to the dead letters and only
 * reconciliation can settle it, as after an outage longer than the retries.
 */
const GIVE_UP_AT_ONCE = { PAYMENT_RETRIES: '0', MESSAGING_MAX_ATTEMPTS: '1' };

async function shopWith(env: Record<string, string>) {
  const shop = await startTestApp({ env: { ...SLOW_PROVIDER, ...env } });
  const driver = shopDriver(shop);
  const sku = await driver.product(aProduct().pricedAt(1500).weighing(200), 100);
  const place = async (api: Api): Promise<string> => {
    const placed = await api.post('/api/orders', {
      lines: [{ sku, quantity: 1 }],
      shippingAddress: US_ADDRESS,
      paymentMethod: VISA,
    });
    if (placed.status !== 201) throw new Error(JSON.stringify(placed.body));
    return placed.body.id as string;
  };
  const ledger = (orderId: string) =>
    driver.sql<{ kind: string; outcome: { reference: string } }>(
      `select kind, outcome from payments.provider_ledger where idempotency_key in ($1, $2) order by kind`,
      [`charge:${orderId}`, `refund:${orderId}`],
    );
  const payment = async (orderId: string) =>
    (
      await driver.sql<{ status: string; provider_reference: string }>(
        'select status, provider_reference from payments.payments where order_id = $1',
        [orderId],
      )
    )[0];
  /** Places an order whose charge times out, lands at the provider, and is given up by the shop. */
  const lostCharge = async (api: Api): Promise<string> => {
    const id = await place(api);
    await eventually(
      async () =>
        (
          await driver.sql(
            `select 1 from payments.inbox where aggregate_id = $1 and status = 'dead'`,
            [id],
          )
        ).length === 1,
      'the charge given up',
    );
    return id;
  };
  const chargeLanded = (id: string) =>
    eventually(async () => (await ledger(id)).length === 1, 'the provider’s charge');
  return { shop, driver, place, ledger, payment, lostCharge, chargeLanded };
}

describe('payments when the provider answers slower than PAYMENT_TIMEOUT_MS', () => {
  let world: Awaited<ReturnType<typeof shopWith>>;

  beforeAll(async () => {
    world = await shopWith({ PAYMENT_RETRIES: '1', MESSAGING_MAX_ATTEMPTS: '100' });
  });
  afterAll(() => world?.shop.close());

  it('asks the provider what became of each timed-out charge: every order ends PAID, charged once', async () => {
    const { driver, place, ledger, payment } = world;
    const { api } = await driver.customer();
    const orders = await Promise.all([1, 2, 3, 4].map(() => place(api)));
    for (const id of orders) await driver.orderReaches(api, id, 'PAID');
    for (const id of orders) {
      const [charge, ...more] = await ledger(id);
      expect(more).toEqual([]);
      expect(await payment(id)).toEqual({
        status: 'captured',
        provider_reference: charge!.outcome.reference,
      });
    }
  });
});

describe('reconciliation of payments with the providers', () => {
  let world: Awaited<ReturnType<typeof shopWith>>;

  beforeAll(async () => {
    world = await shopWith({ ...GIVE_UP_AT_ONCE, PAYMENT_RECONCILE_INTERVAL_MS: '0' });
  });
  afterAll(() => world?.shop.close());

  const reconcile = async () => {
    // Charges younger than five minutes are left to their own calls.
    world.shop.clock.set(new Date(world.shop.clock.now().getTime() + 6 * 60_000));
    const answer = await (await world.driver.admin()).post('/api/admin/payments/reconciliation');
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('records a charge the shop never got the answer for: the order moves on to PAID', async () => {
    const { api } = await world.driver.customer();
    const id = await world.lostCharge(api);
    await world.chargeLanded(id);
    expect((await api.get(`/api/orders/${id}`)).body.status).toBe('AWAITING_PAYMENT');
    expect(await world.payment(id)).toBeUndefined();

    const report = await reconcile();
    const [charge] = await world.ledger(id);
    expect(report.recorded).toEqual([
      {
        orderId: id,
        outcome: 'captured',
        providerReference: charge!.outcome.reference,
        deliveriesReplayed: 1,
      },
    ]);
    await world.driver.orderReaches(await world.driver.admin(), id, 'PAID');
    expect(await world.payment(id)).toMatchObject({ status: 'captured' });
    expect((await reconcile()).recorded).toEqual([]);
  });

  it('refunds a lost charge whose order was cancelled meanwhile: its given-up delivery is replayed, and the cancellation behind it refunds', async () => {
    const { api } = await world.driver.customer();
    const id = await world.lostCharge(api);
    expect((await api.post(`/api/orders/${id}/cancel`)).status).toBe(200);
    await world.chargeLanded(id);
    const faults = world.shop.app.get(ProviderFaults);
    // The provider is healthy again: the refund, a call of its own, goes through in time.
    faults.set({ latencyMs: 0 });
    try {
      const report = await reconcile();
      expect(report.recorded).toEqual([
        expect.objectContaining({ orderId: id, outcome: 'captured', deliveriesReplayed: 1 }),
      ]);
      await eventually(
        async () => (await world.payment(id))?.status === 'refunded',
        'the lost charge refunded',
      );
      expect((await world.ledger(id)).map((row) => row.kind)).toEqual(['charge', 'refund']);
      expect((await api.get(`/api/orders/${id}`)).body.status).toBe('CANCELLED');
    } finally {
      faults.set({ latencyMs: 300 });
    }
  });

  it('reports a payment the provider has no charge for, and keeps every report that found something', async () => {
    const { api } = await world.driver.customer();
    const id = await world.lostCharge(api);
    await world.chargeLanded(id);
    await reconcile();
    await world.driver.sql('delete from payments.provider_ledger where idempotency_key = $1', [
      `charge:${id}`,
    ]);

    const report = await reconcile();
    expect(report.unmatched).toEqual([{ orderId: id, problem: 'payment_without_provider_charge' }]);
    const kept = await (await world.driver.admin()).get('/api/admin/payments/reconciliations');
    expect(kept.status).toBe(200);
    expect(kept.body.items[0]).toEqual(report);
    expect(kept.body.items.length).toBeGreaterThanOrEqual(3);
  });

  it('is for administrators only', async () => {
    const { api } = await world.driver.customer();
    expect((await api.post('/api/admin/payments/reconciliation')).status).toBe(403);
    expect((await api.get('/api/admin/payments/reconciliations')).status).toBe(403);
  });
});

describe('the periodic reconciliation goes on from where its last run stopped', () => {
  let world: Awaited<ReturnType<typeof shopWith>>;

  beforeAll(async () => {
    world = await shopWith({ ...GIVE_UP_AT_ONCE, PAYMENT_RECONCILE_INTERVAL_MS: '0' });
  });
  afterAll(() => world?.shop.close());

  /** A periodic run (the schedule's), six minutes after the last step: charges settle after five. */
  const periodicRun = () => {
    world.shop.clock.set(new Date(world.shop.clock.now().getTime() + 6 * 60_000));
    return world.shop.app.get(ReconcilePayments).run();
  };

  it('compares each payment once, where an operator’s run compares the whole lookback again', async () => {
    const { api } = await world.driver.customer();
    const id = await world.lostCharge(api);
    await world.chargeLanded(id);
    expect((await periodicRun()).recorded).toEqual([expect.objectContaining({ orderId: id })]);
    await world.driver.sql('delete from payments.provider_ledger where idempotency_key = $1', [
      `charge:${id}`,
    ]);
    const missing = [{ orderId: id, problem: 'payment_without_provider_charge' }];
    // The payment was recorded during the first run: the second run's window holds it.
    expect((await periodicRun()).unmatched).toEqual(missing);
    expect((await periodicRun()).unmatched).toEqual([]);
    const full = await (await world.driver.admin()).post('/api/admin/payments/reconciliation');
    expect(full.body.unmatched).toEqual(missing);
  });

  it('loses nothing to a run that failed: the next one compares its window again', async () => {
    const { api } = await world.driver.customer();
    const id = await world.lostCharge(api);
    await world.chargeLanded(id);
    const faults = world.shop.app.get(ProviderFaults);
    faults.set({ outage: true });
    try {
      await expect(periodicRun()).rejects.toThrow();
    } finally {
      faults.set({ outage: false });
    }
    // The lookups' breaker may still be open for a moment: a run that fails on it is tried again.
    const report = await eventually(
      () => world.shop.app.get(ReconcilePayments).run(),
      'a periodic run after the outage',
    );
    expect(report.recorded).toEqual([expect.objectContaining({ orderId: id })]);
  });
});

describe('periodic reconciliation', () => {
  let world: Awaited<ReturnType<typeof shopWith>>;

  beforeAll(async () => {
    world = await shopWith({ ...GIVE_UP_AT_ONCE, PAYMENT_RECONCILE_INTERVAL_MS: '100' });
  });
  afterAll(() => world?.shop.close());

  it('settles a lost charge on its own once it is older than five minutes', async () => {
    const { api } = await world.driver.customer();
    const id = await world.lostCharge(api);
    await world.chargeLanded(id);
    world.shop.clock.set(new Date(world.shop.clock.now().getTime() + 6 * 60_000));
    const admin = await world.driver.admin();
    await world.driver.orderReaches(admin, id, 'PAID');
    // The run keeps its report after settling and replaying, so the order may be paid first.
    const kept = await eventually(async () => {
      const response = await admin.get('/api/admin/payments/reconciliations');
      return response.body.items.length > 0 && response;
    }, 'the reconciliation report kept');
    expect(kept.body.items).toEqual([
      expect.objectContaining({ recorded: [expect.objectContaining({ orderId: id })] }),
    ]);
  });
});
