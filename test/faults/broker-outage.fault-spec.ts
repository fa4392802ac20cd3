import { httpAt } from '../support/http.js';
import { faultBench } from './fault-shop.js';
import { ledgerLine, readLedger, settledLedger } from './ledger.js';
import { orderLoad, sleep, tallyLine, unexpectedAnswers } from './order-load.js';

const OUTAGE_MS = 10_000;

/**
 * Issue 12 §5, fault 2. Three processes on their own databases; nats-server is
 * stopped for ten seconds while customers place orders through the one base URL,
 * then started again on the same port and store.
 */
describe('nats-server stopped for 10 s under load (three processes)', () => {
  const bench = faultBench('three');

  it('takes orders during the outage, then settles them all with nothing lost or doubled', async () => {
    const { nats, split, shop } = bench;
    const load = orderLoad(shop, { retry: true });
    await sleep(3_000);
    await nats.stop();
    const acceptedBefore = load.placed.length;
    await sleep(OUTAGE_MS / 2);
    const ready = await httpAt(split.hosting('ordering').url).get('/health/ready');
    await sleep(OUTAGE_MS / 2);
    const acceptedDuring = load.placed.length - acceptedBefore;
    // What the outboxes hold for the broker at the end of the outage.
    const [held] = await split.sql(
      'ordering',
      `select count(*)::int as events, count(distinct aggregate_id)::int as orders
       from ordering.outbox where published_at is null`,
    );
    await nats.start();
    await sleep(3_000);
    const result = await load.stop();
    const ledger = await settledLedger(split, shop, result.placed, { exactly: true });

    console.log(
      `fault 2, nats-server stopped for ${OUTAGE_MS / 1000} s: ${acceptedDuring} orders acknowledged during the outage, ` +
        `${held.events} events of ${held.orders} orders held in ordering's outbox at its end; ` +
        `POST /api/orders answered ${tallyLine(result.answers)}; ${result.placed.length} orders acknowledged; ` +
        `settled: ${ledgerLine(ledger)}`,
    );
    expect(acceptedDuring).toBeGreaterThan(0);
    expect(held.events).toBeGreaterThan(0);
    expect({ status: ready.status, ready: ready.body.status }).toEqual({
      status: 200,
      ready: 'degraded',
    });
    expect(ledger.problems).toEqual([]);
    expect(result.abandoned).toBe(0);
    expect(unexpectedAnswers(result)).toEqual([]);
  }, 300_000);

  // The check the fault tests stand on must itself fail when an effect is lost or doubled.
  it('reports a lost order, a doubled charge, a doubled co-purchase, stock that does not add up and a dead delivery', async () => {
    const { split, shop } = bench;
    const first = async (context: string, query: string) => (await split.sql(context, query))[0];
    const order = await first(
      'ordering',
      `select id from ordering.orders where status = 'PAID' limit 1`,
    );
    const pair = await first(
      'recommendations',
      'select sku, other_sku from recommendations.co_purchases limit 1',
    );
    const delivery = await first(
      'shipping',
      'select id, handler, name from shipping.inbox limit 1',
    );
    const sku = shop.skus[0]!;
    // Each change to a settled shop, and how to take it back.
    const changes = [
      {
        context: 'recommendations',
        apply:
          'update recommendations.co_purchases set orders = orders + 1 where sku = $1 and other_sku = $2',
        undo: 'update recommendations.co_purchases set orders = orders - 1 where sku = $1 and other_sku = $2',
        params: [pair.sku, pair.other_sku],
      },
      {
        context: 'inventory',
        apply: 'update inventory.stock_items set on_hand = on_hand + 1 where sku = $1',
        undo: 'update inventory.stock_items set on_hand = on_hand - 1 where sku = $1',
        params: [sku],
      },
      {
        context: 'payments',
        apply: `insert into payments.provider_ledger (idempotency_key, provider, kind, amount, currency, outcome, metadata)
                values ('doubled', 'card', 'charge', 1, 'USD', '{}', jsonb_build_object('orderId', $1::text))`,
        undo: `delete from payments.provider_ledger where idempotency_key = 'doubled' and metadata->>'orderId' = $1`,
        params: [order.id],
      },
      {
        context: 'shipping',
        apply: `update shipping.inbox set status = 'dead' where id = $1`,
        undo: `update shipping.inbox set status = 'done' where id = $1`,
        params: [delivery.id],
      },
    ];
    const stored = await split.sql('ordering', 'select id from ordering.orders');
    const lost = {
      id: '00000000-0000-4000-8000-000000000000',
      token: 'tok_visa',
      lines: [],
      answeredAt: 0,
    };
    const placed = [...stored.map((row) => ({ ...lost, id: row.id as string })), lost];
    for (const change of changes) await split.sql(change.context, change.apply, change.params);
    try {
      const ledger = await readLedger(split, shop, placed, { exactly: true });
      expect(ledger.problems).toEqual(
        expect.arrayContaining([
          `order ${lost.id} was answered 201 but is not stored`,
          `${stored.length} orders stored for ${placed.length} answered 201`,
          `order ${order.id} (tok_visa, PAID): provider charges 2, expected 1`,
          expect.stringMatching(new RegExp(`^co-purchases ${pair.sku}>${pair.other_sku}: `)),
          expect.stringMatching(new RegExp(`^stock of ${sku}: `)),
          `shipping: 1 dead inbox rows of ${delivery.handler} for ${delivery.name}`,
        ]),
      );
    } finally {
      for (const change of changes) await split.sql(change.context, change.undo, change.params);
    }
    expect((await readLedger(split, shop, [], { exactly: false })).problems).toEqual([]);
  });
});
