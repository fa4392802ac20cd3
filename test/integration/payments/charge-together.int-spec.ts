import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { ChargeOnOrderAwaitingPayment } from '../../../src/contexts/payments/application/charge-payment/charge-on-order-awaiting-payment.handler.js';
import { PaymentProcessor } from '../../../src/contexts/payments/domain/payment-processor.js';
import { PaymentsDatabase } from '../../../src/contexts/payments/infrastructure/payments.database.js';
import type { OrderAwaitingPaymentV1 } from '../../../src/contexts/ordering/contracts/index.js';
import type { EventEnvelope } from '../../../src/platform/messaging/envelope.js';
import { startTestApp, type TestApp } from '../../support/app.js';

/** Payments' charges as the inbox runs them under load: a batch of orders in one unit. */
describe('charging a batch of orders in one unit of work (real PostgreSQL)', () => {
  let shop: TestApp;
  let db: PaymentsDatabase;
  let charge: ChargeOnOrderAwaitingPayment;
  /** The simulated provider's calls, as they start; how many were under way at once, at most. */
  const calls: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;

  beforeAll(async () => {
    shop = await startTestApp({ contexts: 'payments', env: { MESSAGING_RUN: 'false' } });
    db = shop.app.get(PaymentsDatabase);
    charge = shop.app.get(ChargeOnOrderAwaitingPayment);
    const processor = shop.app.get(PaymentProcessor);
    const provider = processor.authorizeAndCapture.bind(processor);
    // Counts the calls on their way to the simulated provider, which answers as always.
    jest.spyOn(processor, 'authorizeAndCapture').mockImplementation(async (request) => {
      calls.push(request.idempotencyKey);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      try {
        return await provider(request);
      } finally {
        inFlight--;
      }
    });
  });
  afterAll(() => shop?.close());
  beforeEach(() => {
    calls.length = 0;
    mostInFlight = 0;
  });

  const awaiting = (token = 'tok_visa') =>
    ({
      payload: {
        orderId: randomUUID(),
        customerId: randomUUID(),
        amount: { amount: 1250, currency: 'USD' },
        paymentMethod: { type: 'card', token },
      },
    }) as unknown as EventEnvelope<OrderAwaitingPaymentV1>;

  /** What the inbox does with a together batch: the preload, then each delivery, one flush. */
  const runTogether = (events: EventEnvelope<OrderAwaitingPaymentV1>[]) =>
    db.batchOfWork((batch) =>
      batch.together(async (unit) => {
        await unit(() => charge.preload(events));
        for (const event of events) await unit(() => charge.handle(event));
      }),
    );

  const paymentsOf = (events: EventEnvelope<OrderAwaitingPaymentV1>[]) =>
    db.query<{ order_id: string; status: string }>(
      'select order_id, status from payments where order_id = any($1::uuid[]) order by order_id',
      [events.map((event) => event.payload.orderId)],
    );
  const ledgerRowsOf = (events: EventEnvelope<OrderAwaitingPaymentV1>[]) =>
    db.query<{ n: number }>(
      "select count(*)::int as n from provider_ledger where idempotency_key = any($1::text[]) and kind = 'charge'",
      [events.map((event) => `charge:${event.payload.orderId}`)],
    );

  it('asks the provider for every charge of the batch at once, and once per order', async () => {
    const batch = [awaiting(), awaiting('tok_chargeDeclined'), awaiting(), awaiting(), awaiting()];

    await runTogether(batch);

    expect(mostInFlight).toBe(batch.length);
    expect(calls.sort()).toEqual(batch.map((event) => `charge:${event.payload.orderId}`).sort());
    const payments = await paymentsOf(batch);
    expect(payments).toHaveLength(batch.length);
    const declined = payments.find((p) => p.order_id === batch[1]!.payload.orderId);
    expect(declined?.status).toBe('failed');
    expect(payments.filter((p) => p.status === 'captured')).toHaveLength(4);
    expect((await ledgerRowsOf(batch))[0]!.n).toBe(batch.length);
  });

  it('asks nothing for an order already paid: a redelivered batch charges none twice', async () => {
    const batch = [awaiting(), awaiting()];
    await runTogether(batch);
    calls.length = 0;

    const again = [...batch, awaiting()];
    await runTogether(again);

    expect(calls).toEqual([`charge:${again[2]!.payload.orderId}`]);
    expect(await paymentsOf(again)).toHaveLength(3);
    expect((await ledgerRowsOf(again))[0]!.n).toBe(3);
  });
});
