import type { TestSplit } from '../support/split.js';
import type { Line, PlacedOrder, StockedShop } from './fault-shop.js';

/** What every context's database holds after a fault, counted, and each way it differs from one process. */
export interface Ledger {
  readonly orders: number;
  readonly paid: number;
  readonly rejected: number;
  readonly payments: number;
  readonly charges: number;
  readonly shipments: number;
  /** Effects: inbox rows handled (status done), across every consuming context. */
  readonly handled: number;
  readonly coPurchases: number;
  readonly problems: readonly string[];
}

interface OrderRow {
  id: string;
  status: string;
  rejection_reason: string | null;
  lines: Line[];
  token: string;
}

const CONTEXTS = [
  'catalog',
  'customers',
  'inventory',
  'ordering',
  'payments',
  'shipping',
  'recommendations',
];

/** The co-purchase counts the paid orders imply: each ordered pair of an order's distinct skus, once. */
function coPurchasesOf(orders: readonly OrderRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const order of orders) {
    const skus = [...new Set(order.lines.map((line) => line.sku))];
    for (const sku of skus)
      for (const other of skus)
        if (other !== sku) counts.set(`${sku}>${other}`, (counts.get(`${sku}>${other}`) ?? 0) + 1);
  }
  return counts;
}

const countBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

/**
 * Reads every context's database (each in the database of the process hosting it)
 * and compares it with what the same orders give in one process: a card that pays
 * ends PAID with one captured payment, one provider charge, a committed reservation
 * and one shipment; a declined one ends REJECTED (payment_declined) with one failed
 * payment, one charge and its reservation released; stock on hand is what was
 * received less what paid orders took, nothing stays reserved; co-purchase counts are
 * exactly what the paid orders imply; every event each consuming handler received
 * was handled once (one done inbox row per event and handler, none pending or dead)
 * and every outbox row was published. `placed` (the orders answered 201) must all
 * exist; with `exactly`, no other order may.
 */
export async function readLedger(
  split: TestSplit,
  shop: StockedShop,
  placed: readonly PlacedOrder[],
  options: { exactly: boolean },
): Promise<Ledger> {
  const problems: string[] = [];
  const orders = await split.sql<OrderRow>(
    'ordering',
    `select id, status, rejection_reason, lines, payment_method->>'token' as token from ordering.orders`,
  );
  const payments = await split.sql<{ order_id: string; status: string }>(
    'payments',
    'select order_id, status from payments.payments',
  );
  const charges = await split.sql<{ order_id: string }>(
    'payments',
    `select metadata->>'orderId' as order_id from payments.provider_ledger where kind = 'charge'`,
  );
  const shipments = await split.sql<{ order_id: string }>(
    'shipping',
    'select order_id from shipping.shipments',
  );
  const reservations = await split.sql<{ order_id: string; status: string }>(
    'inventory',
    'select order_id, status from inventory.reservations',
  );
  const stock = await split.sql<{ sku: string; on_hand: number; reserved: number }>(
    'inventory',
    'select sku, on_hand, reserved from inventory.stock_items',
  );
  const coPurchases = await split.sql<{ sku: string; other_sku: string; orders: number }>(
    'recommendations',
    'select sku, other_sku, orders from recommendations.co_purchases',
  );

  const byId = new Map(orders.map((order) => [order.id, order]));
  for (const order of placed)
    if (!byId.has(order.id)) problems.push(`order ${order.id} was answered 201 but is not stored`);
  if (options.exactly && orders.length !== placed.length)
    problems.push(`${orders.length} orders stored for ${placed.length} answered 201`);

  const paymentOf = new Map(payments.map((payment) => [payment.order_id, payment.status]));
  const chargesOf = countBy(charges, (charge) => charge.order_id);
  const shipmentsOf = countBy(shipments, (shipment) => shipment.order_id);
  const reservationOf = new Map(reservations.map((row) => [row.order_id, row.status]));
  const expect = (order: OrderRow, what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected)
      problems.push(
        `order ${order.id} (${order.token}, ${order.status}): ${what} ${String(actual)}, expected ${String(expected)}`,
      );
  };
  const paid = orders.filter((order) => order.status === 'PAID');
  for (const order of orders) {
    const pays = order.token === 'tok_visa';
    expect(order, 'status', order.status, pays ? 'PAID' : 'REJECTED');
    if (!pays) expect(order, 'rejection', order.rejection_reason, 'payment_declined');
    expect(order, 'payment', paymentOf.get(order.id), pays ? 'captured' : 'failed');
    expect(order, 'provider charges', chargesOf.get(order.id) ?? 0, 1);
    expect(order, 'reservation', reservationOf.get(order.id), pays ? 'committed' : 'released');
    expect(order, 'shipments', shipmentsOf.get(order.id) ?? 0, pays ? 1 : 0);
  }
  if (payments.length !== orders.length)
    problems.push(`${payments.length} payments for ${orders.length} orders`);
  if (charges.length !== orders.length)
    problems.push(`${charges.length} provider charges for ${orders.length} orders`);
  if (shipments.length !== paid.length)
    problems.push(`${shipments.length} shipments for ${paid.length} paid orders`);

  for (const item of stock) {
    const taken = paid
      .flatMap((order) => order.lines)
      .filter((line) => line.sku === item.sku)
      .reduce((sum, line) => sum + line.quantity, 0);
    if (item.on_hand !== shop.stock - taken || item.reserved !== 0)
      problems.push(
        `stock of ${item.sku}: ${item.on_hand} on hand, ${item.reserved} reserved; expected ${shop.stock - taken} and 0`,
      );
  }

  const expectedPairs = coPurchasesOf(paid);
  const actualPairs = new Map(
    coPurchases.map((row) => [`${row.sku}>${row.other_sku}`, row.orders]),
  );
  for (const pair of new Set([...expectedPairs.keys(), ...actualPairs.keys()]))
    if (expectedPairs.get(pair) !== actualPairs.get(pair))
      problems.push(
        `co-purchases ${pair}: ${actualPairs.get(pair) ?? 0}, expected ${expectedPairs.get(pair) ?? 0}`,
      );

  const handled = await checkMessaging(split, problems);
  return {
    orders: orders.length,
    paid: paid.length,
    rejected: orders.filter((order) => order.status === 'REJECTED').length,
    payments: payments.length,
    charges: charges.length,
    shipments: shipments.length,
    handled,
    coPurchases: coPurchases.reduce((sum, row) => sum + row.orders, 0),
    problems,
  };
}

/**
 * Every outbox row published; every inbox row done; and for each handler, one inbox
 * row per event of a name it consumes in its producer's outbox. Returns the rows done.
 */
async function checkMessaging(split: TestSplit, problems: string[]): Promise<number> {
  const published = new Map<string, number>();
  const inbox: {
    context: string;
    handler: string;
    source: string;
    name: string;
    status: string;
    n: number;
  }[] = [];
  for (const context of CONTEXTS) {
    const [outbox] = await split.sql(
      context,
      `select count(*) filter (where published_at is null)::int as unpublished from ${context}.outbox`,
    );
    if (outbox.unpublished > 0)
      problems.push(`${context}: ${outbox.unpublished} outbox rows unpublished`);
    for (const row of await split.sql(
      context,
      `select name, count(*)::int as n from ${context}.outbox group by name`,
    ))
      published.set(row.name, row.n);
    const rows = await split.sql(
      context,
      `select handler, source, name, status, count(*)::int as n from ${context}.inbox group by 1, 2, 3, 4`,
    );
    inbox.push(...rows.map((row) => ({ context, ...row })));
  }
  for (const row of inbox.filter((row) => row.status !== 'done'))
    problems.push(
      `${row.context}: ${row.n} ${row.status} inbox rows of ${row.handler} for ${row.name}`,
    );
  const handledPerEvent = countBy(
    inbox.flatMap((row) => Array.from({ length: row.n }, () => `${row.handler} ${row.name}`)),
    (key) => key,
  );
  for (const [key, count] of handledPerEvent) {
    const name = key.split(' ')[1]!;
    if (count !== published.get(name))
      problems.push(`${key}: ${count} inbox rows for ${published.get(name) ?? 0} events published`);
  }
  return inbox.filter((row) => row.status === 'done').reduce((sum, row) => sum + row.n, 0);
}

/** Reads the ledger until it shows no problem (everything settled), or gives the last one read. */
export async function settledLedger(
  split: TestSplit,
  shop: StockedShop,
  placed: readonly PlacedOrder[],
  options: { exactly: boolean; timeoutMs?: number },
): Promise<Ledger> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    const ledger = await readLedger(split, shop, placed, options);
    if (ledger.problems.length === 0 || Date.now() > deadline) return ledger;
    await new Promise((done) => setTimeout(done, 500));
  }
}

/** The counts a reader of the CI log sees, and each problem on a line of its own. */
export function ledgerLine(ledger: Ledger): string {
  return (
    `${ledger.orders} orders (${ledger.paid} PAID, ${ledger.rejected} REJECTED), ${ledger.payments} payments, ` +
    `${ledger.charges} provider charges, ${ledger.shipments} shipments, ${ledger.coPurchases} co-purchase counts, ` +
    `${ledger.handled} events handled; ${ledger.problems.length} problems` +
    ledger.problems.map((problem) => `\n  - ${problem}`).join('')
  );
}
