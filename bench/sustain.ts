import type { BenchConfig } from './config.js';
import type { OpenLoopResult } from './load.js';
import type { SustainRun, SustainSummary } from './report.js';
import { summarize } from './stats.js';

/**
 * Orders placed between $1 and $2 in `<schema>.orders`, how many reached PAID and each
 * one's placement → PAID in ms (from the order's timeline). One row: placed, paid, ms.
 */
export const paidOrdersQuery = (schema: string): string =>
  `select count(*)::int as placed, count(paid_at)::int as paid,
          coalesce(array_agg(extract(epoch from paid_at - placed_at)::float8 * 1000)
                     filter (where paid_at is not null), '{}') as ms
   from (select placed_at,
                (select (e->>'at')::timestamptz from jsonb_array_elements(timeline) e
                 where e->>'status' = 'PAID' limit 1) as paid_at
         from ${schema}.orders where placed_at between $1 and $2) t`;

export interface PaidOrders {
  readonly placed: number;
  readonly paid: number;
  readonly ms: number[];
}

/**
 * One sustained-fulfilment run from what was measured around it: kept pace when every
 * order placed was accepted and reached PAID within the deadline. CPU is per PAID order.
 */
export function sustainRun(measured: {
  rate: number;
  seconds: number;
  result: OpenLoopResult;
  orders: PaidOrders;
  deadlineMs: number;
  nodeCpuMs: number | null;
  dbCpuMs: number | null;
}): SustainRun {
  const { placed, paid, ms } = measured.orders;
  const refused = measured.result.non2xx + measured.result.errors;
  const maxToPaidMs = ms.length > 0 ? Math.max(...ms) : null;
  const per = (cpu: number | null) => (cpu === null || paid === 0 ? null : cpu / paid);
  return {
    rate: measured.rate,
    durationS: measured.seconds,
    placed,
    refused,
    paid,
    toPaid: summarize(ms),
    maxToPaidMs,
    sustained:
      placed > 0 &&
      paid === placed &&
      refused === 0 &&
      (maxToPaidMs ?? Infinity) <= measured.deadlineMs,
    nodeCpuMsPerOrder: per(measured.nodeCpuMs),
    dbCpuMsPerOrder: per(measured.dbCpuMs),
  };
}

/**
 * The highest rate a pipeline fulfils with every order PAID within the deadline:
 * probes from BENCH_SUSTAIN_START_RATE, doubling while it keeps pace, then bisecting;
 * the best rate is confirmed by a BENCH_SUSTAIN_S run (15 % lower each time the
 * confirmation fails, at most three times).
 */
export async function searchSustainedRate(
  config: Pick<BenchConfig, 'sustainProbeS' | 'sustainS' | 'sustainStartRate' | 'mode'>,
  sustainAt: (rate: number, seconds: number) => Promise<SustainRun>,
): Promise<SustainSummary> {
  const { sustainProbeS, sustainS, sustainStartRate, mode } = config;
  const probes: SustainRun[] = [];
  let good: number | null = null;
  let bad: number | null = null;
  let rate = sustainStartRate;
  for (let i = 0; i < (mode === 'smoke' ? 2 : 12); i++) {
    const run = await sustainAt(rate, sustainProbeS);
    probes.push(run);
    if (run.sustained) good = rate;
    else bad = rate;
    if (bad === null) rate *= 2;
    else if (good === null) {
      if (rate <= 1) break;
      rate = Math.max(1, Math.floor(rate / 2));
    } else {
      if (bad - good <= Math.max(2, good * 0.1)) break;
      rate = Math.round((good + bad) / 2);
    }
  }
  let confirmed: SustainRun | null = null;
  for (let candidate = good, tries = 0; candidate && candidate >= 1 && tries < 3; tries++) {
    const run = await sustainAt(candidate, sustainS);
    probes.push(run);
    if (run.sustained) {
      confirmed = run;
      break;
    }
    candidate = Math.floor(candidate * 0.85);
  }
  const cpu =
    confirmed?.nodeCpuMsPerOrder != null && confirmed.dbCpuMsPerOrder != null
      ? confirmed.nodeCpuMsPerOrder + confirmed.dbCpuMsPerOrder
      : null;
  return {
    probes,
    confirmed,
    ordersPerS: confirmed ? confirmed.paid / confirmed.durationS : null,
    cpuMsPerOrder: cpu,
  };
}
