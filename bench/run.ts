/**
 * `npm run bench` (full) and `npm run bench:smoke`: the shop against a raw
 * Fastify + pg baseline on the same PostgreSQL. See docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ServerProcess, ShopProcesses } from './children.js';
import { type BenchConfig, loadBenchConfig } from './config.js';
import { type BenchDatabase, freePort, openBenchDatabase } from './database.js';
import { eventually, HttpTarget, sleep } from './http.js';
import { closedLoop, type LoadResult, openLoop, type OpenLoopResult } from './load.js';
import { cpuMs, foreignCpuMs, peakRssMb, RssSampler, rssMb, serverCpuMs } from './proc.js';
import { createRawSchema, RAW_SCHEMA } from './raw-schema.js';
import { startOtlpSink } from './otlp-sink.js';
import { ABSENT_NOTICE } from './tracing-ab.js';
import {
  type BenchResults,
  checkTargets,
  type EventLatency,
  type FixedRateRecord,
  type FixedRateSummary,
  type Fulfilment,
  type ProcessShare,
  renderMarkdown,
  type SustainedFulfilment,
  type SustainRun,
  type SustainSummary,
  type RssRun,
  type RunRecord,
  type ScenarioName,
  type ScenarioSummary,
  type Soak,
  type Target,
  type TargetSummary,
  type TracingAb,
  type TracingVariant,
  type DbStatement,
} from './report.js';
import { mean, ratio, round, Samples, summarize } from './stats.js';
import { type PaidOrders, paidOrdersQuery, searchSustainedRate, sustainRun } from './sustain.js';
import { benchTopologies, topologySetting } from './topology.js';
import { seededCatalogue, seedShop, type Workload, workloads } from './workload.js';

const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Things to undo, last first; runs once whatever happens. */
class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];
  private running?: Promise<void>;

  push(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) await step().catch(() => undefined);
    })();
    return this.running;
  }
}

/** The sum of some figures, or null when one of them is missing. */
function total(values: readonly (number | null)[]): number | null {
  return values.some((value) => value === null)
    ? null
    : values.reduce<number>((a, value) => a + value!, 0);
}

/** CPU used so far by each of some processes, in ms. */
const cpuByPid = (pids: readonly number[]) => new Map(pids.map((pid) => [pid, cpuMs(pid)]));

/** One run of one target with what the bench measured around it. */
interface Measured<R extends LoadResult> {
  result: R;
  cpuMsPerReq: number | null;
  cpuMsPerReqWithDrain: number | null;
  dbCpuMsPerReq: number | null;
  peakRssMb: number | null;
  drainS: number;
  drainDeliveriesPerS: number | null;
  loadGenCpuPct: number;
  otherCpuPct: number | null;
  /** The shop as several processes: each one's part, by role. */
  processes?: Record<string, ProcessShare>;
}

class Bench {
  private readonly runs: RunRecord[] = [];
  /** Drains that gave up: the runs after each one overlapped the shop's event backlog. */
  drainTimeouts = 0;
  /** Seconds spent waiting for other load on the machine to pass, and how often it did not. */
  quietWaitS = 0;
  quietWaitsExpired = 0;
  /** Whether anything is pending (cheap: polled while draining). */
  private anyPendingQuery = 'select false as pending';
  /** How much is pending (counts: only for messages). */
  private backlogQuery = 'select 0 as n';
  private messagingSchemas: { outbox: string[]; inbox: string[] } = { outbox: [], inbox: [] };
  private workload!: Workload;
  /** The sustained fulfilment's orders (BENCH_SUSTAIN_PRODUCTS wide). */
  private sustainWorkload!: Workload;
  /** Shop processes stopped to make way for another (the tracing A/B's restarts). */
  private readonly retiredShops: ServerProcess[] = [];

  constructor(
    private readonly config: BenchConfig,
    private readonly db: BenchDatabase,
    private shop: ShopProcesses,
    private readonly raw: ServerProcess,
    private readonly targets: Record<Target, HttpTarget>,
  ) {}

  /** The target's processes: the raw baseline's one, or every process of the shop. */
  private processes(target: Target): ServerProcess[] {
    return target === 'shop' ? this.shop.all : [this.raw];
  }

  /** The shop's RSS now: the sum of its processes'. */
  private shopRssMb(): number | null {
    return total(this.shop.pids.map(rssMb));
  }

  /** Each process's part of the shop's figures, by role, when it runs as several. */
  private shares<T>(figure: (pid: number) => T): Record<string, T> | undefined {
    if (!this.shop.split) return undefined;
    return Object.fromEntries(
      this.shop.roles.map(({ role, process: one }) => [role, figure(one.pid)]),
    );
  }

  private async sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.sql.query(query, params)).rows as T[];
  }

  private assertRunning(): void {
    this.shop.assertRunning();
    this.raw.assertRunning();
  }

  // ---- start and seed -------------------------------------------------------------------------

  private async waitUntilShopReady(): Promise<void> {
    await untilReady(this.shop.web, this.targets.shop, () => this.assertRunning());
  }

  /** Every shop process of the run (the tracing A/B restarts it): for the log counts and peak RSS. */
  get allShops(): ServerProcess[] {
    return [...this.retiredShops, ...this.shop.all];
  }

  async waitUntilReady(): Promise<void> {
    await this.waitUntilShopReady();
    await eventually('the raw baseline to listen', async () => {
      this.assertRunning();
      return (await this.targets.raw.request({ method: 'GET', path: '/health' })).status === 200;
    });
    const tables = await this.sql<{ schema: string; table: string }>(
      `select table_schema as schema, table_name as table from information_schema.tables
       where table_name in ('outbox', 'inbox') and table_schema <> $1 order by 1`,
      [RAW_SCHEMA],
    );
    this.messagingSchemas = {
      outbox: tables.filter((t) => t.table === 'outbox').map((t) => t.schema),
      inbox: tables.filter((t) => t.table === 'inbox').map((t) => t.schema),
    };
    const pending = [
      ...this.messagingSchemas.outbox.map((s) => `${s}.outbox where published_at is null`),
      ...this.messagingSchemas.inbox.map((s) => `${s}.inbox where status = 'pending'`),
    ];
    if (pending.length > 0) {
      this.anyPendingQuery = `select ${pending.map((p) => `exists (select 1 from ${p})`).join(' or ')} as pending`;
      this.backlogQuery = `select ${pending.map((p) => `(select count(*) from ${p})`).join(' + ')} as n`;
    }
  }

  async seed(admin: { email: string; password: string }): Promise<void> {
    const customers = await seedShop(
      this.targets.shop,
      admin,
      this.config,
      seededCatalogue(this.config),
      (query, params) => this.sql<{ n: number }>(query, params),
    );
    ({ main: this.workload, sustain: this.sustainWorkload } = workloads(customers, this.config));
    // One order each way proves both targets accept the workload before anything is measured.
    await this.targets.shop.json(this.workload.placeOrder('shop'), 201);
    await this.targets.raw.json(this.workload.placeOrder('raw'), 201);
    await this.drain();
  }

  // ---- measuring ------------------------------------------------------------------------------

  /** Deliveries (event × handler) the shop has handled so far. */
  async handledDeliveries(): Promise<number> {
    let total = 0;
    for (const schema of this.messagingSchemas.inbox) {
      const [row] = await this.sql<{ n: number }>(
        `select count(*)::int as n from ${schema}.inbox where status = 'done'`,
      );
      total += row!.n;
    }
    return total;
  }

  /**
   * Waits until every outbox row of the shop is published and every inbox row
   * handled; returns how long that took and how many deliveries were handled meanwhile.
   */
  async drain(): Promise<{ seconds: number; deliveries: number; timedOut: boolean }> {
    const start = performance.now();
    const handledBefore = await this.handledDeliveries();
    const deadline = Date.now() + this.config.drainTimeoutS * 1000;
    for (;;) {
      const [row] = await this.sql<{ pending: boolean }>(this.anyPendingQuery);
      const done = !row!.pending;
      if (!done && Date.now() > deadline) {
        const [left] = await this.sql<{ n: string }>(this.backlogQuery);
        log(`warning: ${left!.n} events still pending after ${this.config.drainTimeoutS} s`);
      }
      if (done || Date.now() > deadline) {
        const seconds = (performance.now() - start) / 1000;
        if (!done) this.drainTimeouts++;
        const deliveries = (await this.handledDeliveries()) - handledBefore;
        return { seconds, deliveries, timedOut: !done };
      }
      this.shop.assertRunning();
      await sleep(100);
    }
  }

  /** CPU used so far by processes other than the bench's own (see foreignCpuMs), in ms. */
  private foreignCpu(): number {
    return foreignCpuMs(
      new Set([process.pid, ...this.shop.pids, this.raw.pid, this.db.postmasterPid ?? -1]),
      this.db.postmasterPid,
    );
  }

  /** Other processes' CPU over `ms`, as % of one core. */
  private async foreignCpuPct(ms: number): Promise<number> {
    const before = this.foreignCpu();
    const t0 = performance.now();
    await sleep(ms);
    return ((this.foreignCpu() - before) / (performance.now() - t0)) * 100;
  }

  /** Autovacuum workers busy in the bench database (after a large drain they churn for a while). */
  private async autovacuumWorkers(): Promise<number> {
    const [row] = await this.sql<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where backend_type = 'autovacuum worker' and datname = current_database()`,
    );
    return row!.n;
  }

  /**
   * Waits (at most BENCH_QUIET_WAIT_S) until other processes use less than
   * 25 % of a core and no autovacuum worker is busy in the bench database.
   */
  private async waitForQuiet(): Promise<void> {
    if (this.config.quietWaitS <= 0) return;
    const start = performance.now();
    let announced = false;
    for (;;) {
      const vacuuming = await this.autovacuumWorkers();
      const other = await this.foreignCpuPct(1000);
      if (other < 25 && vacuuming === 0) break;
      if (performance.now() - start > this.config.quietWaitS * 1000) {
        this.quietWaitsExpired++;
        log(
          `other load still at ${other.toFixed(0)} % of a core, ${vacuuming} autovacuum worker(s): measuring anyway`,
        );
        break;
      }
      if (!announced) {
        log(
          `waiting for other load (${other.toFixed(0)} % of a core) and autovacuum (${vacuuming} worker(s)) to pass`,
        );
      }
      announced = true;
    }
    this.quietWaitS += (performance.now() - start) / 1000;
  }

  /**
   * Deadlocks PostgreSQL has counted in the bench's database so far (its statistics, which a
   * backend reports once idle for a second: read after a settle).
   */
  private async deadlocks(): Promise<number> {
    const [row] = await this.sql<{ n: string }>(
      'select deadlocks as n from pg_stat_database where datname = current_database()',
    );
    return Number(row?.n ?? 0);
  }

  private dbCpu(): number | null {
    return this.db.postmasterPid === null ? null : serverCpuMs(this.db.postmasterPid);
  }

  /** Runs `load` against one target and measures its CPU, the database's, RSS and (shop) the drain. */
  private async measure<R extends LoadResult>(
    target: Target,
    load: () => Promise<R>,
  ): Promise<Measured<R>> {
    this.assertRunning();
    // Nothing else may run meanwhile: no event backlog of the shop, no foreign load if it can be helped.
    await this.drain();
    await this.waitForQuiet();
    const pids = this.processes(target).map((one) => one.pid);
    const cpu0 = cpuByPid(pids);
    const db0 = this.dbCpu();
    const foreign0 = this.foreignCpu();
    const self0 = process.cpuUsage();
    const t0 = performance.now();
    const sampler = new RssSampler(pids);
    const result = await load();
    const wallMs = performance.now() - t0;
    const self = process.cpuUsage(self0);
    const foreign1 = this.foreignCpu();
    const cpu1 = cpuByPid(pids);
    const peaks = sampler.stop();
    const drain = target === 'shop' ? await this.drain() : { seconds: 0, deliveries: 0 };
    const cpu2 = cpuByPid(pids);
    const db2 = this.dbCpu();
    this.assertRunning();
    const per = (a: number | null | undefined, b: number | null | undefined) =>
      a == null || b == null || result.ok === 0 ? null : (b - a) / result.ok;
    const sum = (at: Map<number, number | null>) => total([...at.values()]);
    const selfMs = (self.user + self.system) / 1000;
    const otherCpuPct = ((foreign1 - foreign0) / wallMs) * 100;
    return {
      result,
      cpuMsPerReq: per(sum(cpu0), sum(cpu1)),
      cpuMsPerReqWithDrain: per(sum(cpu0), sum(cpu2)),
      dbCpuMsPerReq: per(db0, db2),
      peakRssMb: total(pids.map((pid) => peaks.get(pid) ?? null)),
      ...(target === 'shop' && {
        processes: this.shares((pid) => ({
          cpuMsPerReq: per(cpu0.get(pid), cpu1.get(pid)),
          cpuMsPerReqWithDrain: per(cpu0.get(pid), cpu2.get(pid)),
          peakRssMb: peaks.get(pid) ?? null,
        })),
      }),
      drainS: drain.seconds,
      // Only a drain of some length says how fast the event pipeline works on its own.
      drainDeliveriesPerS: drain.seconds >= 1 ? drain.deliveries / drain.seconds : null,
      loadGenCpuPct: (selfMs / wallMs) * 100,
      otherCpuPct,
    };
  }

  private async closedRun(
    scenario: ScenarioName,
    target: Target,
    kind: RunRecord['kind'],
    roundNo: number,
    durationS: number,
  ): Promise<RunRecord & { samples: Samples }> {
    const m = await this.measure(target, () =>
      closedLoop({
        url: this.targets[target].url,
        connections: this.config.connections,
        ...(this.config.runRequests > 0
          ? {
              amount: Math.max(
                this.config.connections,
                kind === 'warmup'
                  ? Math.round(this.config.runRequests / 3)
                  : this.config.runRequests,
              ),
            }
          : { durationS }),
        next: () => this.workload.request(scenario, target),
      }),
    );
    const latency = m.result.latency.summary();
    const record: RunRecord = {
      scenario,
      target,
      kind,
      round: roundNo,
      durationS: m.result.durationS,
      ok: m.result.ok,
      non2xx: m.result.non2xx,
      errors: m.result.errors,
      rps: m.result.rps,
      p50Ms: latency.p50,
      p99Ms: latency.p99,
      cpuMsPerReq: m.cpuMsPerReq,
      cpuMsPerReqWithDrain: m.cpuMsPerReqWithDrain,
      dbCpuMsPerReq: m.dbCpuMsPerReq,
      peakRssMb: m.peakRssMb,
      drainS: m.drainS,
      drainDeliveriesPerS: m.drainDeliveriesPerS,
      loadGenCpuPct: m.loadGenCpuPct,
      otherCpuPct: m.otherCpuPct,
      statusCodes: m.result.statusCodes,
      ...(m.processes && { processes: m.processes }),
    };
    this.runs.push(record);
    log(
      `${scenario} ${target} ${kind === 'warmup' ? 'warm-up' : `round ${roundNo}`}: ${record.rps.toFixed(0)} req/s, ` +
        `p50 ${latency.p50?.toFixed(2)} ms, p99 ${latency.p99?.toFixed(2)} ms, CPU ${record.cpuMsPerReq?.toFixed(3)} ms/req, ` +
        `non-2xx ${record.non2xx}, errors ${record.errors}` +
        (m.drainS > 0.1
          ? `, drained in ${m.drainS.toFixed(1)} s${m.drainDeliveriesPerS ? ` (${m.drainDeliveriesPerS.toFixed(0)} deliveries/s)` : ''}`
          : ''),
    );
    if (record.non2xx > 0) log(`  status codes: ${JSON.stringify(record.statusCodes)}`);
    return { ...record, samples: m.result.latency };
  }

  private async loadExistingOrders(): Promise<void> {
    const tokens = new Map(this.workload.customers.map((c) => [c.id, c.token]));
    const shopOrders = await this.sql<{ id: string; customer_id: string }>(
      'select id, customer_id from ordering.orders order by random() limit 2000',
    );
    this.workload.shopOrders = shopOrders
      .filter((o) => tokens.has(o.customer_id))
      .map((o) => ({ id: o.id, token: tokens.get(o.customer_id)! }));
    this.workload.rawOrders = (
      await this.sql<{ id: string; customer_id: string }>(
        `select id, customer_id from ${RAW_SCHEMA}.orders order by random() limit 2000`,
      )
    ).map((o) => ({ id: o.id, customerId: o.customer_id }));
  }

  /** Warm-up of each, then A/B/A/B…: the closed-loop maximum of one scenario. */
  async maxThroughput(scenario: ScenarioName): Promise<ScenarioSummary> {
    if (scenario === 'get-order') await this.loadExistingOrders();
    const { warmupS, durationS, rounds } = this.config;
    if (warmupS > 0) {
      await this.closedRun(scenario, 'shop', 'warmup', 0, warmupS);
      await this.closedRun(scenario, 'raw', 'warmup', 0, warmupS);
    }
    const measured: Record<Target, (RunRecord & { samples: Samples })[]> = { shop: [], raw: [] };
    for (let r = 1; r <= rounds; r++) {
      measured.shop.push(await this.closedRun(scenario, 'shop', 'measured', r, durationS));
      measured.raw.push(await this.closedRun(scenario, 'raw', 'measured', r, durationS));
    }
    const summarise = (runs: (RunRecord & { samples: Samples })[]): TargetSummary => {
      const all = new Samples();
      for (const run of runs) all.addAll(run.samples);
      const latency = all.summary();
      const ok = runs.reduce((a, r) => a + r.ok, 0);
      const weighted = (pick: (r: RunRecord) => number | null | undefined) =>
        runs.some((r) => pick(r) == null)
          ? null
          : runs.reduce((a, r) => a + pick(r)! * r.ok, 0) / Math.max(1, ok);
      const roles = runs[0]?.processes ? Object.keys(runs[0].processes) : [];
      const processes = Object.fromEntries(
        roles.map((role): [string, ProcessShare] => [
          role,
          {
            cpuMsPerReq: weighted((r) => r.processes?.[role]?.cpuMsPerReq),
            cpuMsPerReqWithDrain: weighted((r) => r.processes?.[role]?.cpuMsPerReqWithDrain),
            peakRssMb: Math.max(...runs.map((r) => r.processes?.[role]?.peakRssMb ?? 0)) || null,
          },
        ]),
      );
      return {
        runs: runs.length,
        rps: mean(runs.map((r) => r.rps)),
        rpsMin: Math.min(...runs.map((r) => r.rps)),
        rpsMax: Math.max(...runs.map((r) => r.rps)),
        p50Ms: latency.p50,
        p99Ms: latency.p99,
        cpuMsPerReq: weighted((r) => r.cpuMsPerReq),
        cpuMsPerReqWithDrain: weighted((r) => r.cpuMsPerReqWithDrain),
        dbCpuMsPerReq: weighted((r) => r.dbCpuMsPerReq),
        peakRssMb: Math.max(...runs.map((r) => r.peakRssMb ?? 0)) || null,
        ok,
        non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
        errors: runs.reduce((a, r) => a + r.errors, 0),
        drainS: runs.reduce((a, r) => a + r.drainS, 0),
        ...(roles.length > 0 && { processes }),
      };
    };
    const shop = summarise(measured.shop);
    const raw = summarise(measured.raw);
    return {
      shop,
      raw,
      ratio: {
        rps: ratio(shop.rps, raw.rps),
        p50: ratio(shop.p50Ms, raw.p50Ms),
        p99: ratio(shop.p99Ms, raw.p99Ms),
        cpu: ratio(shop.cpuMsPerReq, raw.cpuMsPerReq),
        cpuWithDrain: ratio(shop.cpuMsPerReqWithDrain, raw.cpuMsPerReqWithDrain),
        dbCpu: ratio(shop.dbCpuMsPerReq, raw.dbCpuMsPerReq),
        rss: ratio(shop.peakRssMb, raw.peakRssMb),
      },
    };
  }

  /**
   * BENCH_TRACING_AB: the shop as it runs by default (tracing off) against the same shop
   * with its tracing module replaced by bare call-throughs, on the same database and port.
   * One of them runs at a time, so each works off its own orders' events: the bench
   * restarts the shop as the other variant when the next run needs it. Rounds alternate
   * off, absent, absent, off…; a warm-up run follows each start and each change of scenario.
   * Measured: throughput and the process's CPU per request including the events' work.
   */
  async tracingOffAb(
    start: (variant: TracingVariant) => Promise<ShopProcesses>,
  ): Promise<TracingAb[]> {
    let running: TracingVariant = 'off';
    const switchTo = async (variant: TracingVariant): Promise<boolean> => {
      if (running === variant) return false;
      await this.shop.stop();
      this.retiredShops.push(...this.shop.all);
      this.shop = await start(variant);
      running = variant;
      await this.waitUntilShopReady();
      if (variant === 'absent' && !this.shop.web.lastLines.includes(ABSENT_NOTICE)) {
        throw new Error('the shop started for the tracing A/B still has its tracing code');
      }
      log(`tracing A/B: the shop (pid ${this.shop.web.pid}) runs with tracing code ${variant}`);
      return true;
    };
    const results: TracingAb[] = [];
    for (const scenario of this.config.scenarios) {
      if (scenario === 'get-order') await this.loadExistingOrders();
      const runs: Record<TracingVariant, { rps: number; cpu: number | null; ok: number }[]> = {
        off: [],
        absent: [],
      };
      const warm = new Set<TracingVariant>();
      const run = async (variant: TracingVariant, warmUp: boolean) => {
        const m = await this.measure('shop', () =>
          closedLoop({
            url: this.targets.shop.url,
            connections: this.config.connections,
            durationS: warmUp ? Math.max(1, this.config.warmupS) : this.config.durationS,
            next: () => this.workload.request(scenario, 'shop'),
          }),
        );
        log(
          `tracing A/B ${scenario}, tracing code ${variant}${warmUp ? ' (warm-up)' : ''}: ` +
            `${m.result.rps.toFixed(0)} req/s, CPU ${m.cpuMsPerReqWithDrain?.toFixed(3)} ms/req ` +
            `with its events, non-2xx ${m.result.non2xx}`,
        );
        const cpu = m.cpuMsPerReqWithDrain;
        if (!warmUp) runs[variant].push({ rps: m.result.rps, cpu, ok: m.result.ok });
      };
      for (let r = 1; r <= this.config.rounds; r++) {
        const order = r % 2 === 1 ? (['off', 'absent'] as const) : (['absent', 'off'] as const);
        for (const variant of order) {
          if ((await switchTo(variant)) || !warm.has(variant)) await run(variant, true);
          warm.add(variant);
          await run(variant, false);
        }
      }
      const summary = (variant: TracingVariant) => {
        const all = runs[variant];
        const ok = all.reduce((a, one) => a + one.ok, 0);
        const cpu = all.some((one) => one.cpu === null)
          ? null
          : all.reduce((a, one) => a + one.cpu! * one.ok, 0) / Math.max(1, ok);
        return { rps: mean(all.map((one) => one.rps)), cpuMsPerReq: cpu };
      };
      const off = summary('off');
      const absent = summary('absent');
      const result: TracingAb = {
        scenario,
        rounds: this.config.rounds,
        off,
        absent,
        ratio: { rps: ratio(off.rps, absent.rps), cpu: ratio(off.cpuMsPerReq, absent.cpuMsPerReq) },
      };
      log(
        `tracing A/B ${scenario}: tracing off ÷ tracing code absent = ${result.ratio.rps?.toFixed(3)}× req/s, ` +
          `${result.ratio.cpu?.toFixed(3)}× CPU per request`,
      );
      results.push(result);
    }
    // What follows measures the shop as it runs, warmed up again if it had to be restarted.
    if (await switchTo('off')) {
      for (const scenario of this.config.scenarios) {
        await this.closedRun(scenario, 'shop', 'warmup', 0, Math.max(1, this.config.warmupS));
      }
    }
    return results;
  }

  /**
   * Both targets at the same fixed rate (half of raw's maximum), raw then shop,
   * for BENCH_FIXED_RATE_ROUNDS rounds. A target whose closed-loop maximum is
   * below 90 % of the rate cannot sustain it: its latency would only grow with
   * the length of the run, so it runs once, for at most 2 s, marked overloaded.
   */
  async fixedRate(
    scenario: ScenarioName,
    rate: number,
    maxRps: Record<Target, number>,
  ): Promise<FixedRateSummary> {
    const overloaded = (target: Target) => maxRps[target] < rate * 0.9;
    const runs: Record<Target, { m: Measured<OpenLoopResult> }[]> = { shop: [], raw: [] };
    const one = async (target: Target) => {
      const client = new HttpTarget(this.targets[target].port, this.config.connections);
      const full =
        this.config.runRequests > 0
          ? Math.min(this.config.fixedRateS, this.config.runRequests / rate)
          : this.config.fixedRateS;
      try {
        const m = await this.measure(target, () =>
          openLoop(client, {
            rate,
            durationS: overloaded(target) ? Math.min(full, 2) : full,
            next: () => this.workload.request(scenario, target),
          }),
        );
        runs[target].push({ m });
        const latency = m.result.latency.summary();
        log(
          `${scenario} ${target} at ${rate} req/s${overloaded(target) ? ' (overloaded)' : ''}: achieved ${m.result.rps.toFixed(0)} req/s, p50 ${latency.p50?.toFixed(2)} ms, p99 ${latency.p99?.toFixed(2)} ms`,
        );
      } finally {
        client.close();
      }
    };
    for (let r = 1; r <= this.config.fixedRateRounds; r++) {
      // Raw first: a shop that cannot keep up leaves an event backlog behind it.
      for (const target of ['raw', 'shop'] as const) {
        if (r === 1 || !overloaded(target)) await one(target);
      }
    }
    const summary = (target: Target): FixedRateRecord => {
      const all = runs[target];
      const latency = new Samples();
      const service = new Samples();
      for (const { m } of all) {
        latency.addAll(m.result.latency);
        service.addAll(m.result.service);
      }
      const l = latency.summary();
      const sv = service.summary();
      const ok = all.reduce((a, { m }) => a + m.result.ok, 0);
      const cpu = all.every(({ m }) => m.cpuMsPerReqWithDrain !== null)
        ? all.reduce((a, { m }) => a + m.cpuMsPerReqWithDrain! * m.result.ok, 0) / Math.max(1, ok)
        : null;
      return {
        target,
        rate,
        runs: all.length,
        overloaded: overloaded(target),
        maxRps: maxRps[target],
        sent: all.reduce((a, { m }) => a + m.result.sent, 0),
        ok,
        non2xx: all.reduce((a, { m }) => a + m.result.non2xx, 0),
        errors: all.reduce((a, { m }) => a + m.result.errors, 0),
        achievedRps: mean(all.map(({ m }) => m.result.rps)),
        rounds: all.map(({ m }) => ({
          achievedRps: m.result.rps,
          p99Ms: m.result.latency.summary().p99,
          otherCpuPct: m.otherCpuPct,
        })),
        p50Ms: l.p50,
        p99Ms: l.p99,
        serviceP50Ms: sv.p50,
        serviceP99Ms: sv.p99,
        cpuMsPerReq: cpu,
      };
    };
    const shop = summary('shop');
    const raw = summary('raw');
    return { scenario, rate, shop, raw, p99Ratio: ratio(shop.p99Ms, raw.p99Ms) };
  }

  /**
   * Orders at a steady rate (BENCH_EVENT_RATE), then, from the database: for every
   * delivery those orders caused (event × handler), the producer's outbox
   * `recorded_at` → the consumer's inbox `received_at` and `handled_at`.
   */
  async eventLatency(rate: number): Promise<EventLatency> {
    await this.drain();
    await this.waitForQuiet();
    const client = new HttpTarget(this.targets.shop.port, this.config.connections);
    const from = new Date();
    const orders = await this.workload.placeOrdersAt(client, rate, this.config.eventWindowS);
    await this.drain();
    const rows: { handler: string; relay_ms: number; handled_ms: number }[] = [];
    for (const consumer of this.messagingSchemas.inbox) {
      const sources = await this.sql<{ source: string }>(
        `select distinct source from ${consumer}.inbox where received_at >= $1`,
        [from],
      );
      for (const { source } of sources) {
        if (!this.messagingSchemas.outbox.includes(source)) continue;
        rows.push(
          ...(await this.sql<{ handler: string; relay_ms: number; handled_ms: number }>(
            `select i.handler,
                    extract(epoch from (i.received_at - o.recorded_at)) * 1000 as relay_ms,
                    extract(epoch from (i.handled_at - o.recorded_at)) * 1000 as handled_ms
             from ${consumer}.inbox i join ${source}.outbox o on o.event_id = i.event_id
             where i.source = $1 and i.status = 'done' and o.recorded_at >= $2`,
            [source, from],
          )),
        );
      }
    }
    const byHandler: Record<string, number[]> = {};
    for (const row of rows) (byHandler[row.handler] ??= []).push(Number(row.handled_ms));
    const result: EventLatency = {
      rate,
      windowS: this.config.eventWindowS,
      orders,
      overall: summarize(rows.map((r) => Number(r.handled_ms))),
      relay: summarize(rows.map((r) => Number(r.relay_ms))),
      byHandler: Object.fromEntries(
        Object.entries(byHandler).map(([handler, values]) => [handler, summarize(values)]),
      ),
    };
    log(
      `event delivery at ${rate} orders/s: ${result.overall.n} deliveries, p50 ${result.overall.p50?.toFixed(1)} ms, p99 ${result.overall.p99?.toFixed(1)} ms`,
    );
    return result;
  }

  /** POST an order, then poll GET until it is AWAITING_PAYMENT; orders start at a fixed rate. */
  async fulfilment(): Promise<Fulfilment> {
    await this.drain();
    await this.waitForQuiet();
    const { fulfilOrders, fulfilRate, pollMs } = this.config;
    const client = new HttpTarget(this.targets.shop.port, 64);
    const latencies: number[] = [];
    let rejected = 0;
    let failed = 0;
    const one = async () => {
      const start = performance.now();
      const spec = this.workload.placeOrder('shop');
      const placed = await client.request(spec);
      if (placed.status !== 201) return void failed++;
      const { id } = JSON.parse(placed.text) as { id: string };
      const deadline = start + 60_000;
      while (performance.now() < deadline) {
        const response = await client.request({
          method: 'GET',
          path: `/api/orders/${id}`,
          headers: spec.headers,
        });
        const order = JSON.parse(response.text) as { timeline?: { status: string }[] };
        // The timeline, not the status: the order may already have moved on (PAID…).
        const reached = new Set(order.timeline?.map((entry) => entry.status));
        if (reached.has('AWAITING_PAYMENT')) return void latencies.push(performance.now() - start);
        if (reached.has('REJECTED') || reached.has('CANCELLED')) return void rejected++;
        await sleep(pollMs);
      }
      failed++;
    };
    const tasks: Promise<void>[] = [];
    const start = performance.now();
    try {
      for (let i = 0; i < fulfilOrders; i++) {
        const wait = start + (i * 1000) / fulfilRate - performance.now();
        if (wait > 0) await sleep(wait);
        tasks.push(one().catch(() => void failed++));
      }
      await Promise.all(tasks);
    } finally {
      client.close();
    }
    const result: Fulfilment = {
      orders: fulfilOrders,
      rate: fulfilRate,
      pollMs,
      awaitingPayment: latencies.length,
      rejected,
      failed,
      latency: summarize(latencies),
    };
    log(
      `fulfilment: ${latencies.length}/${fulfilOrders} AWAITING_PAYMENT, p50 ${result.latency.p50?.toFixed(1)} ms, p99 ${result.latency.p99?.toFixed(1)} ms`,
    );
    return result;
  }

  /** Whether the raw pipeline has work left (unpublished OrderPlaced rows or hand-offs). */
  private async rawBusy(): Promise<boolean> {
    const [row] = await this.sql<{ busy: boolean }>(
      `select exists (select 1 from ${RAW_SCHEMA}.outbox where published_at is null)
           or exists (select 1 from ${RAW_SCHEMA}.handoffs) as busy`,
    );
    return row!.busy;
  }

  /** Waits until the target's pipeline has nothing left to do. */
  private async settle(target: Target): Promise<void> {
    if (target === 'shop') {
      await this.drain();
      return;
    }
    const deadline = Date.now() + this.config.drainTimeoutS * 1000;
    while ((await this.rawBusy()) && Date.now() < deadline) {
      this.raw.assertRunning();
      await sleep(100);
    }
  }

  /**
   * Orders at `rate` for `seconds` (open loop), then, once the pipeline is
   * idle: how many reached PAID, how soon after placement (the order's
   * timeline), and the CPU it all took.
   */
  private async sustainAt(target: Target, rate: number, seconds: number): Promise<SustainRun> {
    await this.settle(target);
    await this.waitForQuiet();
    const pids = this.processes(target).map((one) => one.pid);
    const client = new HttpTarget(this.targets[target].port, this.config.connections);
    const cpu0 = cpuByPid(pids);
    const db0 = this.dbCpu();
    const deadlocks0 = await this.deadlocks();
    const from = new Date();
    let result: OpenLoopResult;
    try {
      result = await openLoop(client, {
        rate,
        durationS: seconds,
        next: () => this.sustainWorkload.placeOrder(target),
      });
    } finally {
      client.close();
    }
    const to = new Date();
    await this.settle(target);
    const cpu1 = cpuByPid(pids);
    const db1 = this.dbCpu();
    const deadlocks = (await this.deadlocks()) - deadlocks0;
    const used = (pid: number) => {
      const [before, after] = [cpu0.get(pid), cpu1.get(pid)];
      return before == null || after == null ? null : after - before;
    };
    const schema = target === 'shop' ? 'ordering' : RAW_SCHEMA;
    const [orders] = await this.sql<PaidOrders>(paidOrdersQuery(schema), [from, to]);
    const run = sustainRun({
      rate,
      seconds,
      result,
      orders: orders!,
      deadlineMs: this.config.sustainDeadlineMs,
      nodeCpuMs: total(pids.map(used)),
      dbCpuMs: db0 === null || db1 === null ? null : db1 - db0,
      ...(target === 'shop' && { nodeCpuMsByProcess: this.shares(used) }),
    });
    log(
      `sustained fulfilment ${target} at ${rate} orders/s for ${seconds} s: ${run.paid}/${run.placed} PAID, ` +
        `to PAID p99 ${run.toPaid.p99?.toFixed(0)} ms, max ${run.maxToPaidMs?.toFixed(0)} ms: ${run.sustained ? 'kept pace' : 'fell behind'}; ` +
        `CPU per order ${run.nodeCpuMsPerOrder?.toFixed(2)} ms Node + ${run.dbCpuMsPerOrder?.toFixed(2)} ms PostgreSQL; ` +
        `${deadlocks} deadlock(s) in the database meanwhile`,
    );
    return run;
  }

  /** The highest rate `target` fulfils with every order PAID within the deadline (see searchSustainedRate). */
  private sustained(target: Target): Promise<SustainSummary> {
    return searchSustainedRate(this.config, (rate, seconds) =>
      this.sustainAt(target, rate, seconds),
    );
  }

  /** The shop's event pipeline against the raw pipeline, each sustained at its best rate. */
  async sustainedFulfilment(): Promise<SustainedFulfilment> {
    const raw = await (async () => {
      // The placement runs left OrderPlaced rows nobody consumed: not this run's work.
      await this.sql(
        `update ${RAW_SCHEMA}.outbox set published_at = now() where published_at is null`,
      );
      await this.targets.raw.json({ method: 'POST', path: '/pipeline/start' }, 200);
      try {
        return await this.sustained('raw');
      } finally {
        await this.targets.raw.json({ method: 'POST', path: '/pipeline/stop' }, 200);
      }
    })();
    const shop = await this.sustained('shop');
    return {
      deadlineMs: this.config.sustainDeadlineMs,
      shop,
      raw,
      ratio: {
        ordersPerS: ratio(shop.ordersPerS, raw.ordersPerS),
        cpu: ratio(shop.cpuMsPerOrder, raw.cpuMsPerOrder),
      },
    };
  }

  /**
   * The shop's RSS before and after N requests (closed loop), every n-th a
   * place-order and the others get-order: a mix whose orders the event
   * pipeline can work off in reasonable time.
   */
  async rssRun(): Promise<RssRun> {
    await this.loadExistingOrders();
    await this.drain();
    const before = this.shopRssMb();
    const every = this.config.rssPlaceEvery;
    let n = 0;
    const result = await closedLoop({
      url: this.targets.shop.url,
      connections: this.config.connections,
      amount: this.config.rssRequests,
      next: () =>
        n++ % every === 0 ? this.workload.placeOrder('shop') : this.workload.getOrder('shop'),
    });
    const after = this.shopRssMb();
    const { seconds: drainS } = await this.drain();
    const run: RssRun = {
      requests: this.config.rssRequests,
      placeEvery: every,
      ok: result.ok,
      non2xx: result.non2xx,
      durationS: result.durationS,
      rps: result.rps,
      rssBeforeMb: before,
      rssAfterMb: after,
      rssAfterDrainMb: this.shopRssMb(),
      drainS,
    };
    log(
      `RSS over ${run.requests} requests: ${before?.toFixed(0)} → ${after?.toFixed(0)} MB (${run.rps.toFixed(0)} req/s)`,
    );
    return run;
  }

  /** A steady mixed load (place, get, place, get…) while sampling the shop's RSS. */
  async soak(rate: number): Promise<Soak> {
    await this.loadExistingOrders();
    const samples: { tS: number; rssMb: number | null }[] = [];
    const start = performance.now();
    const timer = setInterval(
      () =>
        samples.push({
          tS: round((performance.now() - start) / 1000, 1)!,
          rssMb: this.shopRssMb(),
        }),
      this.config.soakSampleS * 1000,
    );
    const client = new HttpTarget(this.targets.shop.port, this.config.connections);
    let n = 0;
    let result;
    try {
      samples.push({ tS: 0, rssMb: this.shopRssMb() });
      result = await openLoop(client, {
        rate,
        durationS: this.config.soakS,
        next: () =>
          n++ % 2 === 0 ? this.workload.placeOrder('shop') : this.workload.getOrder('shop'),
      });
    } finally {
      clearInterval(timer);
      client.close();
    }
    samples.push({ tS: round((performance.now() - start) / 1000, 1)!, rssMb: this.shopRssMb() });
    await this.drain();
    const values = samples.map((s) => s.rssMb).filter((v): v is number => v !== null);
    const fifth = Math.max(1, Math.floor(values.length / 5));
    const first = values.length ? mean(values.slice(0, fifth)) : null;
    const last = values.length ? mean(values.slice(-fifth)) : null;
    const growth = first && last !== null ? ((last - first) / first) * 100 : null;
    const latency = result.latency.summary();
    const soak: Soak = {
      durationS: this.config.soakS,
      rate,
      ok: result.ok,
      non2xx: result.non2xx,
      errors: result.errors,
      p50Ms: latency.p50,
      p99Ms: latency.p99,
      samples,
      firstMb: first,
      lastMb: last,
      minMb: values.length ? Math.min(...values) : null,
      maxMb: values.length ? Math.max(...values) : null,
      growthPct: growth,
      flat: growth === null ? null : growth <= 10,
    };
    log(
      `soak ${soak.durationS} s at ${rate} req/s: RSS ${first?.toFixed(0)} → ${last?.toFixed(0)} MB (${growth?.toFixed(1)} %)`,
    );
    return soak;
  }

  async finalState(): Promise<{
    deliveriesPerOrder: number | null;
    deadLetters: number;
    ordersByStatus: Record<string, number>;
    rawOrders: number;
    database: { commits: number; rollbacks: number; deadlocks: number };
  }> {
    let deadLetters = 0;
    for (const schema of this.messagingSchemas.inbox) {
      const [row] = await this.sql<{ n: number }>(
        `select count(*)::int as n from ${schema}.inbox where status = 'dead'`,
      );
      deadLetters += row!.n;
    }
    const statuses = await this.sql<{ status: string; n: number }>(
      'select status, count(*)::int as n from ordering.orders group by status order by status',
    );
    const [raw] = await this.sql<{ n: number }>(
      `select count(*)::int as n from ${RAW_SCHEMA}.orders`,
    );
    const orders = statuses.reduce((a, s) => a + s.n, 0);
    // Cumulative for the bench's database (shop and raw alike); deadlocks are the shop's.
    const [database] = await this.sql<{ commits: number; rollbacks: number; deadlocks: number }>(
      `select xact_commit::float8 as commits, xact_rollback::float8 as rollbacks, deadlocks::float8 as deadlocks
       from pg_stat_database where datname = current_database()`,
    );
    return {
      database: database!,
      deliveriesPerOrder: orders > 0 ? (await this.handledDeliveries()) / orders : null,
      deadLetters,
      ordersByStatus: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
      rawOrders: raw!.n,
    };
  }

  /**
   * Orders per second the event pipeline works off on its own: deliveries
   * handled per second while draining after the place-order runs, divided by
   * the deliveries an order causes.
   */
  async pipelineOrdersPerS(): Promise<{ deliveriesPerS: number; ordersPerS: number } | null> {
    const drains = this.runs
      .filter((r) => r.target === 'shop' && r.drainDeliveriesPerS !== null)
      .map((r) => r.drainDeliveriesPerS!);
    const [orders] = await this.sql<{ n: number }>(
      'select count(*)::int as n from ordering.orders',
    );
    if (drains.length === 0 || !orders!.n) return null;
    const perOrder = (await this.handledDeliveries()) / orders!.n;
    const deliveriesPerS = mean(drains);
    return { deliveriesPerS, ordersPerS: deliveriesPerS / perOrder };
  }

  /** The statements PostgreSQL spent most time on in the bench database (pg_stat_statements). */
  async topStatements(): Promise<DbStatement[] | null> {
    try {
      const rows = await this.sql<{
        role: string | null;
        query: string;
        calls: string;
        total_ms: number;
        plan_ms: number;
        mean_ms: number;
        rows: string;
      }>(
        `select r.rolname as role, s.query, s.calls, s.total_exec_time as total_ms,
                s.total_plan_time as plan_ms, s.mean_exec_time as mean_ms, s.rows
         from pg_stat_statements s left join pg_roles r on r.oid = s.userid
         where s.dbid = (select oid from pg_database where datname = current_database())
         order by s.total_exec_time + s.total_plan_time desc limit 500`,
      );
      return rows.map((r) => ({
        role: r.role ?? '?',
        query: r.query.replace(/\s+/g, ' ').trim(),
        calls: Number(r.calls),
        totalMs: r.total_ms,
        planMs: r.plan_ms,
        meanMs: r.mean_ms,
        rows: Number(r.rows),
      }));
    } catch {
      return null;
    }
  }

  get allRuns(): RunRecord[] {
    return this.runs;
  }
}

/** The commit measured, and how many files under src/ and migrations/ differed from it. */
function gitState(root: string): { commit: string; uncommittedFiles: number } | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    return {
      commit: git('rev-parse', '--short', 'HEAD').trim(),
      uncommittedFiles: git('status', '--porcelain', '--', 'src', 'migrations')
        .split('\n')
        .filter(Boolean).length,
    };
  } catch {
    return null;
  }
}

/** Every shop process started: their last output goes with any error of the bench. */
const started: { shops: ServerProcess[] } = { shops: [] };

/** Waits until a shop process answers /health/ready at `target`; ends early if a process it needs exits. */
async function untilReady(
  shop: ServerProcess,
  target: HttpTarget,
  assertRunning = () => shop.assertRunning(),
): Promise<void> {
  await eventually(
    `${shop.name} to be ready (/health/ready)`,
    async () => {
      assertRunning();
      return (await target.request({ method: 'GET', path: '/health/ready' })).status === 200;
    },
    180_000,
    100,
  );
}

async function main(config: BenchConfig, cleanup: Cleanup): Promise<string> {
  const startedAt = new Date();
  const loadAverage = os.loadavg();
  const git = gitState(config.projectRoot);
  const layouts = topologySetting(process.env.BENCH_TOPOLOGY);
  log(
    `${config.mode} run${config.tracing ? ' with tracing on (BENCH_TRACING)' : ''}; results go to ${config.outDir}`,
  );
  const db = await openBenchDatabase(config.databaseUrl, config.pgStatements);
  cleanup.push(() => db.close());
  log(
    `PostgreSQL ${db.settings.server_version} (${db.embedded ? 'embedded' : 'DATABASE_URL'}), database ${new URL(db.url).pathname.slice(1)}`,
  );
  const products = seededCatalogue(config);
  await createRawSchema(db.sql, products, config.stockPerProduct);

  const [shopPort, rawPort] = [await freePort(), await freePort()];
  const admin = { email: 'bench-admin@example.com', password: randomBytes(12).toString('hex') };
  const sink = config.tracing ? await startOtlpSink() : undefined;
  if (sink) {
    cleanup.push(() => {
      log(`tracing on: ${JSON.stringify(sink.stats())} OTLP exports received`);
      return sink.close();
    });
  }
  const shopEnv = {
    HOST: '127.0.0.1',
    CONTEXTS: 'all',
    DATABASE_URL: db.url,
    DATABASE_ROLE_SECRET: config.roleSecret ?? randomBytes(24).toString('base64url'),
    DATABASE_POOL_SIZE: String(config.poolSize),
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TOKEN_TTL_SECONDS: '86400',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: 'warn',
    // The load comes from one address and one caller: the abuse limits would cap what is measured.
    RATE_LIMIT_SIGN_IN: '0',
    RATE_LIMIT_REGISTRATION: '0',
    RATE_LIMIT_ORDERS: '0',
    // Place-order's closed loop outruns the pipeline on purpose (it measures the request
    // path); shedding would turn its tail into fast 503s. BENCH_SHOP_ENV can set it back.
    BACKPRESSURE_MAX_LAG_MS: '0',
    ...(sink ? { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url } : {}),
    ...(config.shopNodeOptions ? { NODE_OPTIONS: config.shopNodeOptions } : {}),
    ...config.shopEnv,
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const startProcess = (
    name: string,
    port: number,
    env: Record<string, string>,
    variant: TracingVariant,
  ) => {
    const child = ServerProcess.start(
      variant === 'off' ? name : `${name} without tracing code`,
      config.shopEntry,
      { ...shopEnv, ...env, PORT: String(port) },
      {
        // The shop stops itself when the bench dies (its IPC channel closes): none outlives it.
        ipc: true,
        nodeFlags:
          variant === 'off'
            ? config.shopNodeFlags
            : [...config.shopNodeFlags, '--import', join(here, 'without-tracing.js')],
        output: config.shopOutput,
      },
    );
    started.shops.push(child);
    return child;
  };
  // BENCH_PROCESS_MODEL; the tracing A/B (BENCH_TRACING_AB) starts the shop again, also
  // without its tracing code.
  const startShop = async (variant: TracingVariant): Promise<ShopProcesses> => {
    if (config.processModel === 'one') {
      return new ShopProcesses([
        { role: 'shop', process: startProcess('shop', shopPort, {}, variant) },
      ]);
    }
    // The worker first, alone: two processes starting at once would both migrate and
    // provision the database. It listens on a port of its own, which takes no load.
    const workerPort = await freePort();
    const worker = startProcess('shop worker', workerPort, { MESSAGING_RUN: 'true' }, variant);
    // As `nice` would start it: the requests come first, the pipeline takes the rest (README).
    if (config.workerNice !== 0) os.setPriority(worker.pid, config.workerNice);
    const probe = new HttpTarget(workerPort, 1);
    try {
      await untilReady(worker, probe);
    } finally {
      probe.close();
    }
    const web = startProcess('shop web', shopPort, { MESSAGING_RUN: 'false' }, variant);
    return new ShopProcesses([
      { role: 'web', process: web },
      { role: 'worker', process: worker },
    ]);
  };
  // Every shop process started, also by the A/B: stopped at the end (web before worker).
  cleanup.push(async () => {
    for (const one of [...started.shops].reverse()) await one.stop();
  });
  const shop = await startShop('off');
  const raw = ServerProcess.start(
    'raw',
    join(here, 'raw-server.js'),
    { RAW_PORT: String(rawPort), RAW_DATABASE_URL: db.url, RAW_POOL_SIZE: String(config.poolSize) },
    { ipc: true },
  );
  cleanup.push(() => raw.stop());
  const targets = { shop: new HttpTarget(shopPort, 8), raw: new HttpTarget(rawPort, 8) };
  cleanup.push(() => {
    targets.shop.close();
    targets.raw.close();
    return Promise.resolve();
  });

  const bench = new Bench(config, db, shop, raw, targets);
  await bench.waitUntilReady();
  log(
    `shop (${shop.roles.map(({ role, process: one }) => `${role} pid ${one.pid}`).join(', ')}) on :${shopPort} and raw (pid ${raw.pid}) on :${rawPort} are ready`,
  );
  await bench.seed(admin);
  const rssAfterSeed = new Map(shop.pids.map((pid) => [pid, rssMb(pid)]));
  const rssAfterSeedMb = total([...rssAfterSeed.values()]);
  log(
    `seeded ${products.length} products and ${config.customers} customers; shop RSS ${rssAfterSeedMb?.toFixed(0)} MB`,
  );

  if (config.only === 'fulfilment') return writeFulfilmentOnly(config, startedAt, bench);
  if (config.only === 'soak') return writeSoakOnly(config, startedAt, bench);
  const scenarios: Partial<Record<ScenarioName, ScenarioSummary>> = {};
  for (const scenario of config.scenarios) {
    scenarios[scenario] = await bench.maxThroughput(scenario);
  }
  const tracingAb = config.tracingAb ? await bench.tracingOffAb(startShop) : undefined;
  if (config.only === 'throughput') {
    return writeThroughputOnly(config, startedAt, bench, scenarios, tracingAb);
  }
  const fixedRate: FixedRateSummary[] = [];
  for (const scenario of ['place-order', 'get-order'] as const) {
    const { shop, raw } = scenarios[scenario]!;
    const rate = Math.max(1, Math.round(raw.rps / 2));
    fixedRate.push(await bench.fixedRate(scenario, rate, { shop: shop.rps, raw: raw.rps }));
  }
  const shopPlaceRps = scenarios['place-order']!.shop.rps;
  const eventRate = Math.max(1, Math.round(Math.min(config.eventRate, shopPlaceRps / 2)));
  const events = await bench.eventLatency(eventRate);
  const fulfilment = await bench.fulfilment();
  const sustained = await bench.sustainedFulfilment();
  const rss = await bench.rssRun();
  // Half place-order, half get-order: by default as many requests per s as the event pipeline
  // works off orders per s, so the orders stay within its capacity and the soak is steady.
  const pipeline = await bench.pipelineOrdersPerS();
  const soakRate =
    config.soakRate > 0
      ? config.soakRate
      : Math.max(4, Math.round(pipeline?.ordersPerS ?? shopPlaceRps / 2));
  const soak = await bench.soak(soakRate);
  const final = await bench.finalState();
  const statements = config.pgStatements ? await bench.topStatements() : null;
  const topology =
    layouts.length === 0
      ? null
      : await benchTopologies({
          config,
          db,
          layouts,
          admin,
          shopEnv,
          eventRate,
          oneProcess: {
            placeOrder: scenarios['place-order']?.shop ?? null,
            events,
            sustained: sustained.shop,
          },
          cleanup: (step) => cleanup.push(step),
          log,
        });

  const partial: Omit<BenchResults, 'targets'> = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    mode: config.mode,
    machine: {
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: os.totalmem() / 2 ** 30,
      kernel: os.release(),
      loadAverageAtStart: loadAverage,
    },
    node: process.version,
    git,
    postgres: { version: db.version, embedded: db.embedded, settings: db.settings },
    settings: {
      connections: config.connections,
      durationS: config.durationS,
      warmupS: config.warmupS,
      rounds: config.rounds,
      fixedRateS: config.fixedRateS,
      fixedRateRounds: config.fixedRateRounds,
      sustainS: config.sustainS,
      sustainProbeS: config.sustainProbeS,
      sustainDeadlineMs: config.sustainDeadlineMs,
      poolSize: config.poolSize,
      customers: config.customers,
      products: config.products,
      sustainProducts: config.sustainProducts,
      processModel: config.processModel,
      eventRate,
      eventWindowS: config.eventWindowS,
      rssRequests: config.rssRequests,
      soakS: config.soakS,
      soakRate,
      rssPlaceEvery: config.rssPlaceEvery,
      drainTimeoutS: config.drainTimeoutS,
      quietWaitS: config.quietWaitS,
      shopLogLevel: 'warn',
      shopNodeFlags: config.shopNodeFlags.join(' ') || 'none',
      ...config.shopEnv,
    },
    processModel: config.processModel,
    catalogue: {
      products: config.products,
      sustainProducts: config.sustainProducts,
      seeded: products.length,
      stockPerProduct: config.stockPerProduct,
    },
    runs: bench.allRuns,
    scenarios,
    tracingAb,
    fixedRate,
    statements,
    conditions: {
      drainTimeouts: bench.drainTimeouts,
      quietWaitS: bench.quietWaitS,
      quietWaitsExpired: bench.quietWaitsExpired,
    },
    pipeline,
    events,
    fulfilment,
    sustained,
    rss,
    soak,
    shop: {
      rssAfterSeedMb,
      ...(shop.split && {
        processes: Object.fromEntries(
          shop.roles.map(({ role, process: one }) => [
            role,
            { rssAfterSeedMb: rssAfterSeed.get(one.pid) ?? null, peakRssMb: peakRssMb(one.pid) },
          ]),
        ),
      }),
      deliveriesPerOrder: final.deliveriesPerOrder,
      peakRssMb: Math.max(...bench.allShops.map((one) => peakRssMb(one.pid) ?? 0)) || null,
      logLines: sumLevels(bench.allShops),
      deadLetters: final.deadLetters,
      ordersByStatus: final.ordersByStatus,
      database: final.database,
    },
    raw: { peakRssMb: peakRssMb(raw.pid), orders: final.rawOrders },
    topology,
  };
  const results: BenchResults = { ...partial, targets: checkTargets(partial) };
  const markdown = renderMarkdown(results);
  await mkdir(config.outDir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const jsonFile = resolve(config.outDir, `bench-${config.mode}-${stamp}.json`);
  await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(resolve(config.outDir, `bench-${config.mode}-${stamp}.md`), `${markdown}\n`);
  await writeFile(
    resolve(config.outDir, `latest-${config.mode}.json`),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  await writeFile(resolve(config.outDir, `latest-${config.mode}.md`), `${markdown}\n`);
  console.log(`\n${markdown}`);
  return jsonFile;
}

function sumLevels(shops: readonly ServerProcess[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const shop of shops) {
    for (const [level, n] of Object.entries(shop.levels)) sum[level] = (sum[level] ?? 0) + n;
  }
  return sum;
}

/** BENCH_ONLY=throughput: the closed-loop runs, their summary in the log and a JSON file. */
async function writeThroughputOnly(
  config: BenchConfig,
  startedAt: Date,
  bench: Bench,
  scenarios: Partial<Record<ScenarioName, ScenarioSummary>>,
  tracingAb: TracingAb[] | undefined,
): Promise<string> {
  for (const [name, s] of Object.entries(scenarios)) {
    log(
      `${name}: shop ${s.shop.rps.toFixed(0)} req/s at ${s.shop.cpuMsPerReq?.toFixed(3)} ms CPU, ` +
        `raw ${s.raw.rps.toFixed(0)} req/s at ${s.raw.cpuMsPerReq?.toFixed(3)} ms; ` +
        `shop/raw ${s.ratio.rps?.toFixed(2)}× req/s, ${s.ratio.cpu?.toFixed(2)}× CPU`,
    );
  }
  return writePart(config, startedAt, bench, { runs: bench.allRuns, scenarios, tracingAb });
}

/** BENCH_ONLY=soak: the RSS run and the soak (BENCH_SOAK_RATE, checked by the config). */
async function writeSoakOnly(config: BenchConfig, startedAt: Date, bench: Bench): Promise<string> {
  const rss = await bench.rssRun();
  const soak = await bench.soak(config.soakRate);
  return writePart(config, startedAt, bench, { rss, soak });
}

/** BENCH_ONLY=fulfilment: the sustained fulfilment of both pipelines, in the log and a JSON file. */
async function writeFulfilmentOnly(
  config: BenchConfig,
  startedAt: Date,
  bench: Bench,
): Promise<string> {
  const sustained = await bench.sustainedFulfilment();
  for (const target of ['shop', 'raw'] as const) {
    const s = sustained[target];
    log(
      `sustained fulfilment ${target}: ${s.ordersPerS ?? '–'} orders/s at ${s.cpuMsPerOrder?.toFixed(2)} ms CPU per order`,
    );
  }
  log(
    `shop/raw ${sustained.ratio.ordersPerS?.toFixed(2)}× orders/s, ${sustained.ratio.cpu?.toFixed(2)}× CPU per order`,
  );
  return writePart(config, startedAt, bench, { sustained });
}

/**
 * The JSON file of a BENCH_ONLY run, `bench-<part>-<time>.json`: its figures, and the
 * statements PostgreSQL spent most time on when BENCH_PG_STATEMENTS asks for them.
 */
async function writePart(
  config: BenchConfig,
  startedAt: Date,
  bench: Bench,
  figures: Record<string, unknown>,
): Promise<string> {
  await mkdir(config.outDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const jsonFile = resolve(config.outDir, `bench-${config.only}-${stamp}.json`);
  const results = {
    startedAt: startedAt.toISOString(),
    ...figures,
    statements: config.pgStatements ? await bench.topStatements() : undefined,
  };
  await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  return jsonFile;
}

const config = loadBenchConfig();
const cleanup = new Cleanup();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the shop, the raw baseline and the database`);
    void cleanup.run().finally(() => process.exit(130));
  });
}
main(config, cleanup)
  .then(async (jsonFile) => {
    await cleanup.run();
    log(`results: ${jsonFile}`);
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    for (const shop of started.shops.filter((one) => one.lastLines.length > 0)) {
      console.error(`${shop.name}'s last output:\n${shop.lastLines.join('\n')}`);
    }
    await cleanup.run();
    process.exit(1);
  });
