import { faultBench } from './fault-shop.js';
import { ledgerLine, settledLedger } from './ledger.js';
import { orderLoad, sleep, tallyLine } from './order-load.js';

const RESTARTS = Number(process.env.FAULT_RESTARTS ?? '4');

/**
 * Issue 12 §5, fault 3. Shipping in a process and database of its own, the rest in the
 * client-facing process, which asks shipping's ShippingQuotes over HTTP for every order
 * placed. Shipping's process is restarted (stopped, or killed with SIGKILL, then started)
 * again and again while customers place orders; they do not retry.
 */
describe('the public query’s provider restarted while orders are placed (shipping apart)', () => {
  const bench = faultBench('shipping-apart');

  it('answers 503 problem+json with Retry-After in the gap, never a 500 or a hang, and takes orders again by itself', async () => {
    const { split, shop } = bench;
    const shipping = split.hosting('shipping');
    const caller = split.hosting('ordering');
    const callerPid = caller.pid;
    const load = orderLoad(shop, { retry: false });
    let backAt = 0;
    for (let i = 0; i < RESTARTS; i++) {
      await sleep(1_500 + Math.random() * 1_500);
      if (i % 2 === 0) await shipping.stop();
      else await shipping.kill('SIGKILL');
      await sleep(1_000);
      await shipping.start();
      backAt = Date.now();
    }
    // Orders flow again once the caller's circuit lets a query through (REMOTE_HALF_OPEN_AFTER_MS).
    const recovery = Date.now() + 30_000;
    while (!load.placed.some((order) => order.answeredAt > backAt) && Date.now() < recovery)
      await sleep(200);
    await sleep(2_000);
    const result = await load.stop();
    const ledger = await settledLedger(split, shop, result.placed, { exactly: true });
    const afterwards = result.placed.filter((order) => order.answeredAt > backAt).length;

    console.log(
      `fault 3, ShippingQuotes' provider restarted ${RESTARTS} times (stopped or killed): POST /api/orders answered ` +
        `${tallyLine(result.answers)}; ${result.unhelpful503s} 503s without problem+json and Retry-After; ` +
        `${afterwards} orders acknowledged after the last restart; settled: ${ledgerLine(ledger)}`,
    );
    expect(Object.keys(result.answers).sort()).toEqual(['201', '503 TOPOLOGY.CONTEXT_UNAVAILABLE']);
    expect(result.unhelpful503s).toBe(0);
    expect(afterwards).toBeGreaterThan(0);
    expect(caller.pid).toBe(callerPid);
    // Nothing was written for the refused orders: the orders stored are exactly those answered 201.
    expect(ledger.problems).toEqual([]);
  }, 300_000);
});
