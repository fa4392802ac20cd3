import { faultBench } from './fault-shop.js';
import { ledgerLine, settledLedger } from './ledger.js';
import { orderLoad, sleep, tallyLine, unexpectedAnswers } from './order-load.js';

const KILLS = Number(process.env.FAULT_KILLS ?? '20');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Issue 12 §5, fault 1. Three processes on their own databases, joined by a real
 * nats-server; customers place orders through the one base URL without pause while
 * the two consuming processes (ordering+inventory, payments+shipping+recommendations)
 * are killed with SIGKILL at random moments and started again. Customers retry an
 * unanswered order with its Idempotency-Key, as a careful client does.
 */
describe('SIGKILL of consumer processes while orders flow (three processes, real nats-server)', () => {
  const bench = faultBench('three');

  it(`ends every acknowledged order as one process would, each effect once, across ${KILLS} kills`, async () => {
    const { split, shop } = bench;
    const victims = [split.hosting('ordering'), split.hosting('payments')];
    const kills = Object.fromEntries(victims.map((victim) => [victim.name, 0]));
    const load = orderLoad(shop, { retry: true });
    const began = Date.now();
    let restarting = 0;
    for (let i = 0; i < KILLS; i++) {
      await sleep(300 + Math.random() * 1_500);
      const victim = victims[Math.floor(Math.random() * victims.length)]!;
      await victim.kill('SIGKILL');
      kills[victim.name]!++;
      await sleep(Math.random() * 500);
      const restart = Date.now();
      await victim.start();
      restarting += Date.now() - restart;
    }
    const result = await load.stop();
    const settling = Date.now();
    const ledger = await settledLedger(split, shop, result.placed, { exactly: true });

    console.log(
      `fault 1, SIGKILL of consumers: ${KILLS} kills (${tallyLine(kills)}) in ${seconds(settling - began)} ` +
        `(${seconds(restarting)} of it starting the killed process again), settled in ${seconds(Date.now() - settling)}; ` +
        `POST /api/orders answered ${tallyLine(result.answers)}; ${result.placed.length} orders acknowledged, ` +
        `${result.replayed} of them answered by a retry after the first attempt's answer was lost, ` +
        `${result.abandoned} abandoned unanswered; settled: ${ledgerLine(ledger)}`,
    );
    expect(ledger.problems).toEqual([]);
    expect(result.placed.length).toBeGreaterThan(KILLS);
    expect(result.abandoned).toBe(0);
    // Answers while a process is away are 503s to retry; never a 500, never a hang.
    expect(unexpectedAnswers(result)).toEqual([]);
  }, 420_000);
});
