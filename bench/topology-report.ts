import { f, table, x } from './markdown.js';
import type { RunRecord, SustainSummary } from './report.js';
import type { LatencySummary } from './stats.js';

/**
 * One closed-loop place-order run against the split's base URL, with the figures of a
 * one-process run; its CPU is that of every process of the split and of nats-server.
 */
export type SplitRun = Pick<
  RunRecord,
  | 'kind'
  | 'round'
  | 'ok'
  | 'non2xx'
  | 'errors'
  | 'rps'
  | 'p50Ms'
  | 'p99Ms'
  | 'cpuMsPerReq'
  | 'cpuMsPerReqWithDrain'
  | 'dbCpuMsPerReq'
  | 'drainS'
  | 'statusCodes'
>;

/** Commit→handler of the deliveries a window of orders caused, split by whether they crossed processes. */
export interface CrossingLatency {
  readonly rate: number;
  readonly windowS: number;
  readonly orders: number;
  /** Deliveries whose producer runs in another process than the handler: over NATS. */
  readonly crossing: LatencySummary;
  /** Their relay part: producer's commit → consumer's inbox (publish, broker, durable consumer). */
  readonly crossingRelay: LatencySummary;
  /** Deliveries between contexts of one process (the direct path). */
  readonly local: LatencySummary;
  readonly byHandler: Record<string, LatencySummary & { crossing: boolean }>;
}

export interface TopologyResult {
  /** The layout of src/app/split/layouts.ts. */
  readonly layout: string;
  readonly processes: {
    name: string;
    contexts: readonly string[];
    peakRssMb: number | null;
    logLines: Record<string, number>;
  }[];
  readonly natsPeakRssMb: number | null;
  /** The measured runs together (rps: their mean), and every run. */
  readonly placeOrder: Pick<
    SplitRun,
    'rps' | 'p50Ms' | 'p99Ms' | 'cpuMsPerReq' | 'cpuMsPerReqWithDrain' | 'dbCpuMsPerReq'
  > & { readonly runs: SplitRun[] };
  readonly events: CrossingLatency;
  /** Node (every process of the split and nats-server) + PostgreSQL CPU per PAID order. */
  readonly sustained: SustainSummary;
  readonly deadLetters: number;
  readonly ordersByStatus: Record<string, number>;
  readonly drainTimeouts: number;
  /** Seconds spent waiting, before runs, for other load on the machine to pass. */
  readonly quietWaitS: number;
  /** Split ÷ one process. */
  readonly ratio: Record<
    | 'placeOrderRps'
    | 'placeOrderCpu'
    | 'placeOrderCpuWithDrain'
    | 'placeOrderDbCpu'
    | 'fulfilmentOrdersPerS'
    | 'fulfilmentCpu'
    | 'eventP50'
    | 'eventP99',
    number | null
  >;
}

/** The one-process figures of the same run that the split is compared with. */
export interface OneProcessFigures {
  readonly placeOrder: Pick<
    SplitRun,
    'rps' | 'cpuMsPerReq' | 'cpuMsPerReqWithDrain' | 'dbCpuMsPerReq'
  > | null;
  readonly events: { rate: number; overall: LatencySummary } | null;
  readonly sustained: { ordersPerS: number | null; cpuMsPerOrder: number | null } | null;
}

export interface TopologyResults {
  readonly oneProcess: OneProcessFigures;
  readonly layouts: TopologyResult[];
}

const latency = (l: LatencySummary | undefined) =>
  l ? `p50 ${f(l.p50, 1)} / p99 ${f(l.p99, 1)} ms` : '–';

/** The "split versus one process" section of the report. */
export function renderTopology(t: TopologyResults): string {
  const one = t.oneProcess;
  const out: string[] = ['### Split topology versus one process (BENCH_TOPOLOGY)', ''];
  out.push(
    'The same shop split into processes (each with its own database on the same PostgreSQL, events over a local nats-server), driven at its one base URL. Split CPU sums every process of the split and nats-server; one-process CPU is the shop process. Ratios are split ÷ one process.',
  );
  out.push('');
  const rows: (string | number)[][] = [];
  for (const r of t.layouts) {
    const p = r.placeOrder;
    const s = r.sustained;
    const e = r.events;
    rows.push(
      [
        r.layout,
        'place-order req/s (closed loop)',
        f(one.placeOrder?.rps, 0),
        f(p.rps, 0),
        `**${x(r.ratio.placeOrderRps)}**`,
      ],
      [
        r.layout,
        'place-order CPU ms/req (incl. async)',
        `${f(one.placeOrder?.cpuMsPerReq, 3)} (${f(one.placeOrder?.cpuMsPerReqWithDrain, 3)})`,
        `${f(p.cpuMsPerReq, 3)} (${f(p.cpuMsPerReqWithDrain, 3)})`,
        `${x(r.ratio.placeOrderCpu)} (${x(r.ratio.placeOrderCpuWithDrain)})`,
      ],
      [
        r.layout,
        'place-order DB CPU ms/req',
        f(one.placeOrder?.dbCpuMsPerReq, 3),
        f(p.dbCpuMsPerReq, 3),
        x(r.ratio.placeOrderDbCpu),
      ],
      [
        r.layout,
        `fulfilment orders PAID/s (sustained, ${f(s.confirmed?.durationS, 0)} s)`,
        f(one.sustained?.ordersPerS, 0),
        f(s.ordersPerS, 0),
        `**${x(r.ratio.fulfilmentOrdersPerS)}**`,
      ],
      [
        r.layout,
        'fulfilment CPU ms per order (Node + PG)',
        f(one.sustained?.cpuMsPerOrder, 2),
        f(s.cpuMsPerOrder, 2),
        x(r.ratio.fulfilmentCpu),
      ],
      [
        r.layout,
        `commit→handler, crossing processes (${e.crossing.n} deliveries at ${e.rate} orders/s)`,
        one.events ? `${latency(one.events.overall)} (in process)` : '–',
        latency(e.crossing),
        `${x(r.ratio.eventP50)} / ${x(r.ratio.eventP99)}`,
      ],
    );
  }
  out.push(table(['layout', 'measure', 'one process', 'split', 'split/one'], rows));
  out.push('');
  const detail: string[][] = [];
  for (const r of t.layouts) {
    detail.push([
      `${r.layout}: processes (peak RSS MB; log lines warn/error/fatal)`,
      [
        ...r.processes.map(
          (p) =>
            `${p.name} (${f(p.peakRssMb, 0)}; ${p.logLines.warn ?? 0}/${p.logLines.error ?? 0}/${p.logLines.fatal ?? 0})`,
        ),
        `nats-server (${f(r.natsPeakRssMb, 0)})`,
      ].join(', '),
    ]);
    detail.push([
      `${r.layout}: place-order runs (req/s, p99 ms, non-2xx/errors)`,
      r.placeOrder.runs
        .map(
          (run) =>
            `${run.kind === 'warmup' ? 'warm-up' : `round ${run.round}`} ${f(run.rps, 0)}, ${f(run.p99Ms, 1)}, ${run.non2xx}/${run.errors}`,
        )
        .join(' · '),
    ]);
    detail.push([
      `${r.layout}: fulfilment runs (orders/s for s → PAID/placed, kept pace)`,
      r.sustained.probes
        .map(
          (run) =>
            `${f(run.rate, 0)} for ${f(run.durationS, 0)} → ${run.paid}/${run.placed} ${run.sustained ? 'yes' : 'no'}`,
        )
        .join(' · '),
    ]);
    detail.push([
      `${r.layout}: commit→handler crossing, of which the relay (commit→inbox); within one process`,
      `${latency(r.events.crossingRelay)}; ${latency(r.events.local)} (${r.events.local.n} deliveries)`,
    ]);
    for (const [handler, l] of Object.entries(r.events.byHandler)) {
      detail.push([
        `  ${handler} (${l.n}${l.crossing ? ', crossing' : ''})`,
        `p50 ${f(l.p50, 1)} ms, p99 ${f(l.p99, 1)} ms`,
      ]);
    }
    detail.push([
      `${r.layout}: orders by final status; dead letters; drains timed out; waited for other load`,
      `${Object.entries(r.ordersByStatus)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; ${r.deadLetters}; ${r.drainTimeouts}; ${f(r.quietWaitS, 0)} s`,
    ]);
  }
  out.push(table(['measure', 'figure'], detail));
  out.push('');
  return out.join('\n');
}
