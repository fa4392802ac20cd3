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
  /** The shop as several processes: each one's part of nodeCpuMs, by role. */
  nodeCpuMsByProcess?: Record<string, number | null>;
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
    ...(measured.nodeCpuMsByProcess && {
      nodeCpuMsPerOrderByProcess: Object.fromEntries(
        Object.entries(measured.nodeCpuMsByProcess).map(([role, cpu]) => [role, per(cpu)]),
      ),
    }),
  };
}

/** How far the confirmation lowers the rate after each lost long run: 15 %, 15 %, then halving. */
const CONFIRM_STEPS = [0.85, 0.85] as const;
/** Long runs that bisect between the highest kept and the lowest lost long run, at most. */
export const REFINE_RUNS = 3;

/**
 * The highest rate a pipeline fulfils with every order PAID within the deadline:
 * probes of BENCH_SUSTAIN_PROBE_S from BENCH_SUSTAIN_START_RATE, doubling while it keeps
 * pace, then bisecting; then the best rate kept is confirmed by a BENCH_SUSTAIN_S run.
 * A lost confirmation is retried lower (CONFIRM_STEPS, then half the rate each time) until
 * a long run keeps pace or the rate would fall below 1 order/s; once one is kept below a
 * lost one, up to REFINE_RUNS long runs bisect between them (to within 10 % of the kept
 * rate). So the search ends with a confirmed rate whenever a long run keeps pace at some
 * rate of at least 1 order/s, after at most 3 + ⌈log2(best probe rate)⌉ + REFINE_RUNS
 * long runs (docs/performance.md).
 */
export async function searchSustainedRate(
  config: Pick<
    BenchConfig,
    'sustainProbeS' | 'sustainS' | 'sustainStartRate' | 'sustainAt' | 'mode'
  >,
  sustainAt: (rate: number, seconds: number) => Promise<SustainRun>,
): Promise<SustainSummary> {
  const { sustainProbeS, sustainS, sustainStartRate, mode } = config;
  const probes: SustainRun[] = [];
  const run = async (rate: number, seconds: number, phase: SustainRun['phase']) => {
    const one = { ...(await sustainAt(rate, seconds)), phase };
    probes.push(one);
    return one;
  };
  if (config.sustainAt.length > 0) {
    // BENCH_SUSTAIN_AT: the given rates, no search; the fastest run that kept pace counts.
    for (const rate of config.sustainAt) await run(rate, sustainS, 'confirming');
    const kept = probes.filter((one) => one.sustained).sort((a, b) => b.rate - a.rate);
    return summary(probes, kept[0] ?? null);
  }
  let good: number | null = null;
  let bad: number | null = null;
  let rate = sustainStartRate;
  for (let i = 0; i < (mode === 'smoke' ? 2 : 12); i++) {
    if ((await run(rate, sustainProbeS, 'probe')).sustained) good = rate;
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
  const confirmed =
    good === null ? null : await confirm(good, (r) => run(r, sustainS, 'confirming'));
  return summary(probes, confirmed);
}

function summary(probes: SustainRun[], confirmed: SustainRun | null): SustainSummary {
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

/**
 * Long runs from `best` down until one keeps pace (null if none does at 1 order/s or
 * more), then up again between the highest kept and the lowest lost: the kept run at
 * the highest rate.
 */
async function confirm(
  best: number,
  long: (rate: number) => Promise<SustainRun>,
): Promise<SustainRun | null> {
  let kept: SustainRun | null = null;
  let lost: number | null = null;
  for (let candidate = best, step = 0; candidate >= 1; step++) {
    const one = await long(candidate);
    if (one.sustained) {
      kept = one;
      break;
    }
    lost = candidate;
    candidate = Math.floor(candidate * (CONFIRM_STEPS[step] ?? 0.5));
  }
  for (let i = 0; kept && lost !== null && i < REFINE_RUNS; i++) {
    if (lost - kept.rate <= Math.max(1, kept.rate * 0.1)) break;
    const middle = Math.round((kept.rate + lost) / 2);
    const one = await long(middle);
    if (one.sustained) kept = one;
    else lost = middle;
  }
  return kept;
}
