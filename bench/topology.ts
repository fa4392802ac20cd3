/**
 * BENCH_TOPOLOGY: in the same run as the one-process shop, the shop split into processes
 * (a layout of src/app/split/layouts.ts), each on its own database of the bench's
 * PostgreSQL, joined by a local nats-server, measured at its one base URL. See
 * docs/performance.md, "Split topology versus one process".
 */
import { performance } from 'node:perf_hooks';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { type LaunchedSplit, launchSplit } from '../src/app/split/launcher.js';
import {
  SPLIT_LAYOUT_NAMES,
  SPLIT_LAYOUTS,
  type SplitLayoutName,
} from '../src/app/split/layouts.js';
import { type NatsServer, startNatsServer } from '../src/app/split/nats-server.js';
import { planSplit } from '../src/app/split/plan.js';
import type { BenchConfig } from './config.js';
import { type BenchDatabase, freePort } from './database.js';
import { HttpTarget, ProcessExited, sleep } from './http.js';
import { closedLoop, openLoop } from './load.js';
import { cpuMs, foreignCpuMs, peakRssMb, serverCpuMs } from './proc.js';
import { mean, ratio, Samples, summarize } from './stats.js';
import { type PaidOrders, paidOrdersQuery, searchSustainedRate, sustainRun } from './sustain.js';
import type {
  CrossingLatency,
  OneProcessFigures,
  SplitRun,
  TopologyResult,
  TopologyResults,
} from './topology-report.js';
import { seededCatalogue, seedShop, type Workload, workloads } from './workload.js';

/** The layouts BENCH_TOPOLOGY may name: every split one (`one` is the bench's own shop). */
const SPLIT_NAMES = SPLIT_LAYOUT_NAMES.filter((name) => name !== 'one');

/** BENCH_TOPOLOGY: layouts to measure, comma-separated; unset or empty: none. */
export function topologySetting(raw: string | undefined): SplitLayoutName[] {
  const names = (raw ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(SPLIT_NAMES as string[]).includes(name)) {
      throw new Error(`BENCH_TOPOLOGY: "${name}" is not one of ${SPLIT_NAMES.join(', ')}`);
    }
  }
  return SPLIT_NAMES.filter((name) => names.includes(name));
}

export interface TopologyBenchOptions {
  readonly config: BenchConfig;
  readonly db: BenchDatabase;
  readonly layouts: readonly SplitLayoutName[];
  readonly admin: { email: string; password: string };
  /**
   * The one-process shop's settings: every process of a split gets them but what the split
   * decides (see PLANNED); it keeps the role secret (roles are cluster-wide: another secret
   * would change their passwords under the one-process shop) and the token key.
   */
  readonly shopEnv: Readonly<Record<string, string>>;
  readonly oneProcess: OneProcessFigures;
  /** Orders/s of the commit→handler window: the one-process shop's. */
  readonly eventRate: number;
  /** Registers a step the bench runs on exit, also on Ctrl-C. */
  readonly cleanup: (step: () => Promise<void>) => void;
  readonly log: (message: string) => void;
}

/** Measures each layout in turn, one running at a time, and compares it with the one-process figures. */
export async function benchTopologies(options: TopologyBenchOptions): Promise<TopologyResults> {
  const layouts: TopologyResult[] = [];
  for (const layout of options.layouts) {
    const split = await SplitShop.start(layout, options);
    try {
      layouts.push(await split.measure());
    } finally {
      await split.close();
    }
  }
  return { oneProcess: options.oneProcess, layouts };
}

/** One process's database: the superuser's pool on it and the messaging tables it holds. */
interface ProcessDb {
  readonly name: string;
  readonly pool: pg.Pool;
  readonly contexts: readonly string[];
  outbox: string[];
  inbox: string[];
}

/** Settings of the one-process shop that the split plan decides for each process. */
const PLANNED = new Set([
  'CONTEXTS',
  'PORT',
  'DATABASE_URL',
  'DATABASE_ROLE_SECRET',
  'AUTH_JWT_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
]);

const LEVELS = { '40': 'warn', '50': 'error', '60': 'fatal' } as const;

/** A running split of the shop and what the bench needs to drive and observe it. */
class SplitShop {
  private workload!: Workload;
  /** The sustained fulfilment's orders (BENCH_SUSTAIN_PRODUCTS wide). */
  private sustainWorkload!: Workload;
  private drainTimeouts = 0;
  private quietWaitS = 0;
  private crashed?: string;
  private split?: LaunchedSplit;
  private readonly logLines = new Map<string, Record<string, number>>();

  private constructor(
    private readonly layout: SplitLayoutName,
    private readonly options: TopologyBenchOptions,
    private readonly nats: NatsServer,
    private readonly natsPid: number | null,
    private readonly broker: NatsConnection,
    private readonly dbs: ProcessDb[],
  ) {}

  /** Creates the databases, starts nats-server and the processes, and seeds the shop. */
  static async start(layout: SplitLayoutName, options: TopologyBenchOptions): Promise<SplitShop> {
    const { config, db, log, shopEnv } = options;
    const processes = SPLIT_LAYOUTS[layout];
    const dbs: ProcessDb[] = [];
    const base = new URL(db.url);
    for (const [index, contexts] of processes.entries()) {
      const name = `${base.pathname.slice(1)}_${layout.replace(/-/g, '_')}_${index + 1}`;
      await db.sql.query(`create database ${name}`);
      options.cleanup(() => db.sql.query(`drop database if exists ${name} with (force)`).then());
      const url = new URL(base);
      url.pathname = `/${name}`;
      const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
      // An idle client ended by the server (the database dropped, the server stopped at
      // exit) is no fault of the bench; unhandled, the pool's error would end the process.
      pool.on('error', () => undefined);
      options.cleanup(() => pool.end());
      dbs.push({ name, pool, contexts, outbox: [], inbox: [] });
    }
    const nats = await startNatsServer();
    options.cleanup(() => nats.dispose());
    const broker = await connect({ servers: nats.url, name: 'bench' });
    options.cleanup(() => broker.close());
    const plan = planSplit(processes, {
      ports: await Promise.all(processes.map(() => freePort())),
      databases: dbs.map((one) => {
        const url = new URL(base);
        url.pathname = `/${one.name}`;
        return { server: { url: url.toString(), roleSecret: shopEnv.DATABASE_ROLE_SECRET } };
      }),
      natsUrl: nats.url,
      jwtSecret: shopEnv.AUTH_JWT_SECRET!,
      admin: options.admin,
      env: Object.fromEntries(Object.entries(shopEnv).filter(([name]) => !PLANNED.has(name))),
    });
    const shop = new SplitShop(layout, options, nats, nats.pid ?? null, broker, dbs);
    log(`split ${layout}: starting ${plan.processes.map((p) => p.name).join(' | ')}`);
    const split = await launchSplit(plan, {
      entry: config.shopEntry,
      nodeArgs: config.shopNodeFlags,
      // Only what the plan gives, as the one-process shop gets only its settings.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      readyTimeoutMs: 180_000,
      onLine: (planned, line) => shop.record(planned.name, line),
      onCrash: (planned, code, signal) => {
        const output = shop.split?.processes.find((p) => p.name === planned.name)?.output() ?? '';
        shop.crashed =
          `${planned.name} exited (code ${code}, signal ${signal}); its last output:\n` +
          output.split('\n').slice(-40).join('\n');
      },
    });
    shop.split = split;
    options.cleanup(() => split.close());
    await shop.findMessagingTables();
    const ordering = shop.db('ordering');
    const client = shop.target();
    try {
      const customers = await seedShop(
        client,
        options.admin,
        config,
        seededCatalogue(config),
        async (query, params) => (await ordering.pool.query<{ n: number }>(query, params)).rows,
      );
      ({ main: shop.workload, sustain: shop.sustainWorkload } = workloads(customers, config));
      // One order proves the split accepts the workload before anything is measured.
      await client.json(shop.workload.placeOrder('shop'), 201);
    } finally {
      client.close();
    }
    await shop.drain();
    log(
      `split ${layout} is ready and seeded: ${split.processes.map((p) => `${p.name} (pid ${p.pid})`).join(', ')}, nats-server (pid ${shop.natsPid})`,
    );
    return shop;
  }

  private record(process: string, line: string): void {
    const level = LEVELS[/"level":(\d+)/.exec(line)?.[1] as keyof typeof LEVELS];
    const counts = this.logLines.get(process) ?? { warn: 0, error: 0, fatal: 0 };
    this.logLines.set(process, counts);
    if (level) counts[level] = (counts[level] ?? 0) + 1;
  }

  private assertRunning(): void {
    if (this.crashed) throw new ProcessExited(`split ${this.layout}: ${this.crashed}`);
  }

  private db(context: string): ProcessDb {
    return this.dbs.find((one) => one.contexts.includes(context))!;
  }

  private target(connections = 8): HttpTarget {
    return new HttpTarget(Number(new URL(this.split!.base).port), connections);
  }

  private async findMessagingTables(): Promise<void> {
    for (const one of this.dbs) {
      const { rows } = await one.pool.query<{ schema: string; table: string }>(
        `select table_schema as schema, table_name as table from information_schema.tables
         where table_name in ('outbox', 'inbox') order by 1`,
      );
      one.outbox = rows.filter((t) => t.table === 'outbox').map((t) => t.schema);
      one.inbox = rows.filter((t) => t.table === 'inbox').map((t) => t.schema);
    }
  }

  private pids(): number[] {
    return [...this.split!.processes.map((p) => p.pid ?? -1), this.natsPid ?? -1];
  }

  /** CPU so far of every process of the split and of nats-server (null when one is not readable). */
  private nodeCpu(): number | null {
    let total = 0;
    for (const pid of this.pids()) {
      const cpu = cpuMs(pid);
      if (cpu === null) return null;
      total += cpu;
    }
    return total;
  }

  private dbCpu(): number | null {
    return this.options.db.postmasterPid === null
      ? null
      : serverCpuMs(this.options.db.postmasterPid);
  }

  /** Outbox rows not yet published, inbox rows not yet handled, and messages the broker holds for a consumer. */
  private async pending(): Promise<number> {
    let total = 0;
    for (const one of this.dbs) {
      const parts = [
        ...one.outbox.map((s) => `(select count(*) from ${s}.outbox where published_at is null)`),
        ...one.inbox.map((s) => `(select count(*) from ${s}.inbox where status = 'pending')`),
      ];
      if (parts.length === 0) continue;
      const { rows } = await one.pool.query<{ n: number }>(
        `select (${parts.join(' + ')})::int as n`,
      );
      total += rows[0]!.n;
    }
    const jsm = await jetstreamManager(this.broker);
    for await (const stream of jsm.streams.list()) {
      for await (const consumer of jsm.consumers.list(stream.config.name)) {
        total += consumer.num_pending + consumer.num_ack_pending;
      }
    }
    return total;
  }

  /** Inbox rows in `status` over every process's database. */
  private async inboxRows(status: 'done' | 'dead'): Promise<number> {
    let total = 0;
    for (const one of this.dbs) {
      for (const schema of one.inbox) {
        const { rows } = await one.pool.query<{ n: number }>(
          `select count(*)::int as n from ${schema}.inbox where status = $1`,
          [status],
        );
        total += rows[0]!.n;
      }
    }
    return total;
  }

  /**
   * Waits until nothing is pending anywhere, twice in a row with no delivery handled
   * between: the places are read one after another, so one clear look could miss an
   * event on its way from one process's outbox to another's inbox.
   */
  async drain(): Promise<number> {
    const start = performance.now();
    const deadline = Date.now() + this.options.config.drainTimeoutS * 1000;
    let clearAt: number | null = null;
    for (;;) {
      this.assertRunning();
      const pending = await this.pending();
      const handled = await this.inboxRows('done');
      if (pending === 0 && clearAt === handled) return (performance.now() - start) / 1000;
      clearAt = pending === 0 ? handled : null;
      if (Date.now() > deadline) {
        this.options.log(`warning: split ${this.layout}: ${pending} events still pending`);
        this.drainTimeouts++;
        return (performance.now() - start) / 1000;
      }
      await sleep(100);
    }
  }

  /**
   * As the one-process runs do: waits (at most BENCH_QUIET_WAIT_S) until processes other
   * than the bench's, the split's and PostgreSQL use less than 25 % of a core.
   */
  private async waitForQuiet(): Promise<void> {
    const { quietWaitS } = this.options.config;
    const postmaster = this.options.db.postmasterPid;
    const ours = new Set([process.pid, ...this.pids(), postmaster ?? -1]);
    const start = performance.now();
    while (performance.now() - start < quietWaitS * 1000) {
      const before = foreignCpuMs(ours, postmaster);
      await sleep(1000);
      if (foreignCpuMs(ours, postmaster) - before < 250) break;
    }
    this.quietWaitS += (performance.now() - start) / 1000;
  }

  async measure(): Promise<TopologyResult> {
    const placeOrder = await this.placeOrder();
    const events = await this.eventLatency(this.options.eventRate);
    const sustained = await searchSustainedRate(this.options.config, (rate, seconds) =>
      this.sustainAt(rate, seconds),
    );
    const one = this.options.oneProcess;
    const [deadLetters, ordersByStatus] = [
      await this.inboxRows('dead'),
      await this.ordersByStatus(),
    ];
    return {
      layout: this.layout,
      processes: this.split!.processes.map((p) => ({
        name: p.name,
        contexts: p.contexts,
        peakRssMb: p.pid === undefined ? null : peakRssMb(p.pid),
        logLines: { ...this.logLines.get(p.name) },
      })),
      natsPeakRssMb: this.natsPid === null ? null : peakRssMb(this.natsPid),
      placeOrder,
      events,
      sustained,
      deadLetters,
      ordersByStatus,
      drainTimeouts: this.drainTimeouts,
      quietWaitS: this.quietWaitS,
      ratio: {
        placeOrderRps: ratio(placeOrder.rps, one.placeOrder?.rps),
        placeOrderCpu: ratio(placeOrder.cpuMsPerReq, one.placeOrder?.cpuMsPerReq),
        placeOrderCpuWithDrain: ratio(
          placeOrder.cpuMsPerReqWithDrain,
          one.placeOrder?.cpuMsPerReqWithDrain,
        ),
        placeOrderDbCpu: ratio(placeOrder.dbCpuMsPerReq, one.placeOrder?.dbCpuMsPerReq),
        fulfilmentOrdersPerS: ratio(sustained.ordersPerS, one.sustained?.ordersPerS),
        fulfilmentCpu: ratio(sustained.cpuMsPerOrder, one.sustained?.cpuMsPerOrder),
        eventP50: ratio(events.crossing.p50, one.events?.overall.p50),
        eventP99: ratio(events.crossing.p99, one.events?.overall.p99),
      },
    };
  }

  /** Closed-loop place-order runs, as the one-process scenario: a warm-up, then BENCH_ROUNDS. */
  private async placeOrder(): Promise<TopologyResult['placeOrder']> {
    const { warmupS, durationS, rounds, runRequests, connections } = this.options.config;
    const runs: (SplitRun & { samples: Samples })[] = [];
    const run = async (kind: SplitRun['kind'], round: number, seconds: number) => {
      await this.drain();
      await this.waitForQuiet();
      const [cpu0, db0] = [this.nodeCpu(), this.dbCpu()];
      const result = await closedLoop({
        url: this.split!.base,
        connections,
        ...(runRequests > 0
          ? {
              amount: Math.max(
                connections,
                kind === 'warmup' ? Math.round(runRequests / 3) : runRequests,
              ),
            }
          : { durationS: seconds }),
        next: () => this.workload.placeOrder('shop'),
      });
      const cpu1 = this.nodeCpu();
      const drainS = await this.drain();
      const [cpu2, db2] = [this.nodeCpu(), this.dbCpu()];
      const per = (a: number | null, b: number | null) =>
        a === null || b === null || result.ok === 0 ? null : (b - a) / result.ok;
      const latency = result.latency.summary();
      const record = {
        kind,
        round,
        ok: result.ok,
        non2xx: result.non2xx,
        errors: result.errors,
        rps: result.rps,
        p50Ms: latency.p50,
        p99Ms: latency.p99,
        cpuMsPerReq: per(cpu0, cpu1),
        cpuMsPerReqWithDrain: per(cpu0, cpu2),
        dbCpuMsPerReq: per(db0, db2),
        drainS,
        statusCodes: result.statusCodes,
      };
      this.options.log(
        `split ${this.layout} place-order ${kind === 'warmup' ? 'warm-up' : `round ${round}`}: ${record.rps.toFixed(0)} req/s, ` +
          `p99 ${latency.p99?.toFixed(2)} ms, CPU ${record.cpuMsPerReq?.toFixed(3)} ms/req, non-2xx ${record.non2xx}, errors ${record.errors}`,
      );
      runs.push({ ...record, samples: result.latency });
    };
    if (warmupS > 0) await run('warmup', 0, warmupS);
    for (let r = 1; r <= rounds; r++) await run('measured', r, durationS);
    const measured = runs.filter((r) => r.kind === 'measured');
    const all = new Samples();
    for (const r of measured) all.addAll(r.samples);
    const ok = measured.reduce((a, r) => a + r.ok, 0);
    const weighted = (pick: (r: SplitRun) => number | null) =>
      measured.some((r) => pick(r) === null)
        ? null
        : measured.reduce((a, r) => a + pick(r)! * r.ok, 0) / Math.max(1, ok);
    const latency = all.summary();
    return {
      runs: runs.map(({ samples: _, ...r }) => r),
      rps: mean(measured.map((r) => r.rps)),
      p50Ms: latency.p50,
      p99Ms: latency.p99,
      cpuMsPerReq: weighted((r) => r.cpuMsPerReq),
      cpuMsPerReqWithDrain: weighted((r) => r.cpuMsPerReqWithDrain),
      dbCpuMsPerReq: weighted((r) => r.dbCpuMsPerReq),
    };
  }

  /**
   * Orders at `rate` for BENCH_EVENT_S, then for every delivery they caused: the producer's
   * outbox `recorded_at` → the consumer's inbox `received_at` and `handled_at`, joined here
   * because producer and consumer may live in different databases (one server, one clock).
   */
  private async eventLatency(rate: number): Promise<CrossingLatency> {
    await this.drain();
    await this.waitForQuiet();
    const { eventWindowS, connections } = this.options.config;
    const client = this.target(connections);
    const from = new Date();
    const orders = await this.workload.placeOrdersAt(client, rate, eventWindowS);
    await this.drain();
    const recorded = new Map<string, number>();
    const hostOf = new Map<string, ProcessDb>();
    for (const one of this.dbs) {
      for (const schema of one.outbox) {
        hostOf.set(schema, one);
        const { rows } = await one.pool.query<{ event_id: string; at: number }>(
          `select event_id, extract(epoch from recorded_at)::float8 * 1000 as at
           from ${schema}.outbox where recorded_at >= $1`,
          [from],
        );
        for (const row of rows) recorded.set(row.event_id, row.at);
      }
    }
    const crossing: number[] = [];
    const crossingRelay: number[] = [];
    const local: number[] = [];
    const byHandler = new Map<string, { values: number[]; crossing: boolean }>();
    for (const one of this.dbs) {
      for (const schema of one.inbox) {
        const { rows } = await one.pool.query<{
          event_id: string;
          source: string;
          handler: string;
          received: number;
          handled: number;
        }>(
          `select event_id, source, handler,
                  extract(epoch from received_at)::float8 * 1000 as received,
                  extract(epoch from handled_at)::float8 * 1000 as handled
           from ${schema}.inbox where status = 'done' and received_at >= $1`,
          [from],
        );
        for (const row of rows) {
          const at = recorded.get(row.event_id);
          if (at === undefined) continue; // caused before the window
          const crosses = hostOf.get(row.source) !== one;
          (crosses ? crossing : local).push(row.handled - at);
          if (crosses) crossingRelay.push(row.received - at);
          const entry = byHandler.get(row.handler) ?? { values: [], crossing: crosses };
          entry.values.push(row.handled - at);
          byHandler.set(row.handler, entry);
        }
      }
    }
    const result: CrossingLatency = {
      rate,
      windowS: eventWindowS,
      orders,
      crossing: summarize(crossing),
      crossingRelay: summarize(crossingRelay),
      local: summarize(local),
      byHandler: Object.fromEntries(
        [...byHandler].map(([handler, e]) => [
          handler,
          { ...summarize(e.values), crossing: e.crossing },
        ]),
      ),
    };
    this.options.log(
      `split ${this.layout} event delivery at ${rate} orders/s: ${result.crossing.n} crossing processes, ` +
        `p50 ${result.crossing.p50?.toFixed(1)} ms, p99 ${result.crossing.p99?.toFixed(1)} ms`,
    );
    return result;
  }

  /** Orders at `rate` for `seconds`, then, once everything is handled: PAID, how soon, and the CPU. */
  private async sustainAt(rate: number, seconds: number) {
    await this.drain();
    await this.waitForQuiet();
    const client = this.target(this.options.config.connections);
    const [cpu0, db0] = [this.nodeCpu(), this.dbCpu()];
    const from = new Date();
    let result;
    try {
      result = await openLoop(client, {
        rate,
        durationS: seconds,
        next: () => this.sustainWorkload.placeOrder('shop'),
      });
    } finally {
      client.close();
    }
    const to = new Date();
    await this.drain();
    const [cpu1, db1] = [this.nodeCpu(), this.dbCpu()];
    const { rows } = await this.db('ordering').pool.query<PaidOrders>(paidOrdersQuery('ordering'), [
      from,
      to,
    ]);
    const run = sustainRun({
      rate,
      seconds,
      result,
      orders: rows[0]!,
      deadlineMs: this.options.config.sustainDeadlineMs,
      nodeCpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
      dbCpuMs: db0 === null || db1 === null ? null : db1 - db0,
    });
    this.options.log(
      `split ${this.layout} sustained fulfilment at ${rate} orders/s for ${seconds} s: ${run.paid}/${run.placed} PAID, ` +
        `max to PAID ${run.maxToPaidMs?.toFixed(0)} ms: ${run.sustained ? 'kept pace' : 'fell behind'}`,
    );
    return run;
  }

  private async ordersByStatus(): Promise<Record<string, number>> {
    const { rows } = await this.db('ordering').pool.query<{ status: string; n: number }>(
      'select status, count(*)::int as n from ordering.orders group by status order by status',
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.n]));
  }

  /** Stops the processes, then the broker (the bench's cleanup drops the databases). */
  async close(): Promise<void> {
    await this.split?.close();
    await this.broker.close();
    await this.nats.dispose();
  }
}
