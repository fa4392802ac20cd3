import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BenchMode = 'full' | 'smoke';
export type BenchScenario = 'place-order' | 'get-order';
const SCENARIOS: readonly BenchScenario[] = ['place-order', 'get-order'];
/** How the shop runs: one process, or a web process and a worker process on one database. */
export type ProcessModel = 'one' | 'web+worker';
const PROCESS_MODELS: readonly ProcessModel[] = ['one', 'web+worker'];

/** Every knob of the bench; each can be set by the environment variable named beside it. */
export interface BenchConfig {
  readonly mode: BenchMode;
  /** BENCH_CONNECTIONS: concurrent connections of the closed-loop runs. */
  readonly connections: number;
  /** BENCH_DURATION_S: seconds of each measured closed-loop run. */
  readonly durationS: number;
  /** BENCH_RUN_REQUESTS: when > 0, each closed-loop run sends this many requests instead (warm-ups a third; fixed-rate runs at most this many). */
  readonly runRequests: number;
  /** BENCH_WARMUP_S: seconds of the warm-up run per target and scenario. */
  readonly warmupS: number;
  /** BENCH_SCENARIOS: the closed-loop scenarios to run, comma-separated (default both). */
  readonly scenarios: readonly BenchScenario[];
  /**
   * BENCH_ONLY: one part of the run, its figures in the log and a `bench-<part>-<time>.json`.
   * `throughput`: stop after the closed-loop runs (a quick profile or A/B of the request
   * path); `fulfilment`: only the sustained fulfilment of both pipelines (an A/B of the event
   * pipeline); `soak`: only the RSS run and the soak, at BENCH_SOAK_RATE, which it then needs.
   */
  readonly only: BenchPart | undefined;
  /** BENCH_ROUNDS: A/B rounds per scenario. */
  readonly rounds: number;
  /** BENCH_FIXED_RATE_S: seconds of each fixed-rate run (at half of raw's maximum rate). */
  readonly fixedRateS: number;
  /** BENCH_FIXED_RATE_ROUNDS: A/B rounds of the fixed-rate runs. */
  readonly fixedRateRounds: number;
  /** BENCH_EVENT_RATE: orders/s of the event-latency window (capped at half the shop's maximum). */
  readonly eventRate: number;
  /** BENCH_EVENT_S: seconds of the event-latency window. */
  readonly eventWindowS: number;
  /** BENCH_FULFIL_ORDERS, BENCH_FULFIL_RATE, BENCH_POLL_MS: the fulfilment sample. */
  readonly fulfilOrders: number;
  readonly fulfilRate: number;
  /**
   * The sustained fulfilment runs (shop and raw pipeline): BENCH_SUSTAIN_S, seconds of each
   * long run confirming a rate; BENCH_SUSTAIN_PROBE_S, seconds of each probe of the
   * search; BENCH_SUSTAIN_START_RATE, the first rate probed (orders/s, doubled while
   * sustained, then bisected); BENCH_SUSTAIN_DEADLINE_MS, the longest time from placement to
   * PAID that still counts as keeping pace.
   */
  readonly sustainS: number;
  readonly sustainProbeS: number;
  readonly sustainStartRate: number;
  /**
   * BENCH_SUSTAIN_AT: rates (orders/s, comma-separated) to run each pipeline at for
   * BENCH_SUSTAIN_S each, in order, instead of searching: for an A/B of CPU per order at one
   * rate, which the search's rate-dependent figures cannot give. Empty: search.
   */
  readonly sustainAt: readonly number[];
  readonly sustainDeadlineMs: number;
  readonly pollMs: number;
  /** BENCH_RSS_REQUESTS: requests of the RSS run; BENCH_RSS_PLACE_EVERY: every n-th is a place-order, the rest get-order. */
  readonly rssRequests: number;
  readonly rssPlaceEvery: number;
  /** BENCH_SOAK_S, BENCH_SOAK_SAMPLE_S, BENCH_SOAK_RATE (req/s, half place-order half get-order; 0: as many as the event pipeline handles orders per s). */
  readonly soakS: number;
  readonly soakSampleS: number;
  readonly soakRate: number;
  /** BENCH_POOL_SIZE: database pool of the shop (per context) and of the raw baseline. */
  readonly poolSize: number;
  /** BENCH_CUSTOMERS, BENCH_STOCK (units received per product). */
  readonly customers: number;
  readonly stockPerProduct: number;
  /**
   * BENCH_PRODUCTS: products the orders of every scenario but the sustained fulfilment
   * draw from; BENCH_SUSTAIN_PRODUCTS: those the sustained-fulfilment orders draw from
   * (shop, raw pipeline and split alike). Both targets get the wider of the two catalogues.
   */
  readonly products: number;
  readonly sustainProducts: number;
  /**
   * BENCH_PROCESS_MODEL: `one` (the shop in one process, HTTP and event pipeline) or
   * `web+worker` (a web process with MESSAGING_RUN=false takes the load; a worker process
   * with MESSAGING_RUN=true runs the relays and inbox workers, on the same database).
   */
  readonly processModel: ProcessModel;
  /** BENCH_WORKER_NICE: the worker's nice value in the web+worker model (default 10; 0: as the web process). */
  readonly workerNice: number;
  /** BENCH_DRAIN_TIMEOUT_S: longest wait for the shop's event backlog to drain between runs. */
  readonly drainTimeoutS: number;
  /** BENCH_QUIET_WAIT_S: longest wait, before each run, for other load on the machine to pass (0: never wait). */
  readonly quietWaitS: number;
  /** BENCH_OUT_DIR: where results go (default bench/results). */
  readonly outDir: string;
  /** DATABASE_URL: a PostgreSQL server to use instead of an embedded one (the bench creates its own database there). */
  readonly databaseUrl?: string;
  /** DATABASE_ROLE_SECRET: passed to the shop; random when unset. */
  readonly roleSecret?: string;
  /** BENCH_PG_STATEMENTS=1: load pg_stat_statements in the embedded server and report the top statements. */
  readonly pgStatements: boolean;
  /** BENCH_SHOP_NODE_OPTIONS: NODE_OPTIONS for the shop only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
  readonly shopNodeOptions?: string;
  /** BENCH_SHOP_ENV: extra settings for the shop, `NAME=value` separated by spaces (e.g. `MESSAGING_WORKERS=1`). */
  readonly shopEnv: Record<string, string>;
  /** BENCH_SHOP_OUTPUT: a file that receives everything the shop prints (e.g. with `--trace-gc`). */
  readonly shopOutput?: string;
  /** BENCH_TRACING=1: run the shop with tracing on, exporting to a local stand-in collector (docs/observability.md). */
  readonly tracing: boolean;
  /**
   * BENCH_TRACING_AB=1: after the closed-loop runs, A/B rounds of the shop (tracing off, as by
   * default) against the same shop restarted with its tracing module replaced by bare
   * call-throughs (bench/tracing-absent.ts): what tracing costs when it is off.
   */
  readonly tracingAb: boolean;
  /** BENCH_SHOP_ENTRY: the shop's compiled entry point (default: src/main.js of the bench's own build). */
  readonly shopEntry: string;
  /** The Node flags `npm start` runs the shop with (read from package.json), so the bench runs it the same way. */
  readonly shopNodeFlags: readonly string[];
  readonly projectRoot: string;
}

/** Where the compiled bench runs: .bench-build/bench/ (npm run bench) or .build-test/bench/ (the smoke test). */
const HERE = dirname(fileURLToPath(import.meta.url));
/** The build holding this bench also holds the shop it measures, compiled from the same tree. */
const BUILD_ROOT = resolve(HERE, '..');
export const PROJECT_ROOT = resolve(BUILD_ROOT, '..');

const DEFAULTS: Record<
  BenchMode,
  Omit<
    BenchConfig,
    | 'mode'
    | 'outDir'
    | 'shopEntry'
    | 'shopNodeFlags'
    | 'projectRoot'
    | 'pgStatements'
    | 'shopNodeOptions'
    | 'shopEnv'
    | 'shopOutput'
    | 'databaseUrl'
    | 'roleSecret'
    | 'tracing'
    | 'tracingAb'
    | 'scenarios'
    | 'only'
    | 'processModel'
    | 'workerNice'
  >
> = {
  full: {
    connections: 32,
    durationS: 10,
    runRequests: 0,
    warmupS: 5,
    rounds: 2,
    fixedRateS: 5,
    fixedRateRounds: 2,
    eventRate: 20,
    eventWindowS: 10,
    fulfilOrders: 200,
    fulfilRate: 20,
    sustainS: 60,
    sustainProbeS: 10,
    sustainStartRate: 50,
    sustainAt: [],
    sustainDeadlineMs: 2000,
    pollMs: 5,
    rssRequests: 100_000,
    rssPlaceEvery: 10,
    soakS: 300,
    soakSampleS: 5,
    soakRate: 0,
    poolSize: 10,
    customers: 20,
    stockPerProduct: 2_000_000,
    products: 5,
    sustainProducts: 50,
    drainTimeoutS: 600,
    quietWaitS: 120,
  },
  smoke: {
    connections: 16,
    durationS: 1,
    runRequests: 150,
    warmupS: 0.3,
    rounds: 2,
    fixedRateS: 0.5,
    fixedRateRounds: 1,
    eventRate: 20,
    eventWindowS: 1,
    fulfilOrders: 5,
    fulfilRate: 20,
    sustainS: 1,
    sustainProbeS: 0.5,
    sustainStartRate: 10,
    sustainAt: [],
    sustainDeadlineMs: 2000,
    pollMs: 5,
    rssRequests: 200,
    rssPlaceEvery: 10,
    soakS: 2,
    soakSampleS: 0.25,
    soakRate: 20,
    poolSize: 10,
    customers: 3,
    stockPerProduct: 50_000,
    products: 5,
    sustainProducts: 10,
    drainTimeoutS: 60,
    quietWaitS: 0,
  },
};

function startScriptFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const flags = /^node\s+(.*?)\s*dist\/src\/main\.js$/.exec(scripts.start ?? '');
  if (!flags) throw new Error('package.json: "start" is not `node [flags] dist/src/main.js`');
  return flags[1] ? flags[1].split(/\s+/) : [];
}

function settingsList(raw: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const pair of raw.split(/\s+/).filter(Boolean)) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (!match) throw new Error(`BENCH_SHOP_ENV: "${pair}" is not NAME=value`);
    settings[match[1]!] = match[2]!;
  }
  return settings;
}

function scenarioList(raw: string | undefined): BenchScenario[] {
  if (!raw) return [...SCENARIOS];
  const names = raw.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!SCENARIOS.includes(name as BenchScenario)) {
      throw new Error(`BENCH_SCENARIOS: "${name}" is not one of ${SCENARIOS.join(', ')}`);
    }
  }
  return SCENARIOS.filter((name) => names.includes(name));
}

const flag = (raw: string | undefined) => raw === '1' || raw === 'true';

function processModel(raw: string | undefined): ProcessModel {
  const model = raw || 'one';
  if (!(PROCESS_MODELS as string[]).includes(model)) {
    throw new Error(
      `BENCH_PROCESS_MODEL must be one of ${PROCESS_MODELS.join(', ')} (got "${raw}")`,
    );
  }
  return model as ProcessModel;
}

const ONLY = ['throughput', 'fulfilment', 'soak'] as const;
export type BenchPart = (typeof ONLY)[number];

function only(raw: string | undefined): BenchPart | undefined {
  if (!raw) return undefined;
  if (!(ONLY as readonly string[]).includes(raw)) {
    throw new Error(`BENCH_ONLY must be one of ${ONLY.join(', ')} (got "${raw}")`);
  }
  return raw as BenchPart;
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name} must be a number ≥ ${min} (got "${raw}")`);
  }
  return value;
}

/** A comma-separated list of rates (orders/s, each ≥ 1). */
function rates(env: NodeJS.ProcessEnv, name: string, fallback: readonly number[]): number[] {
  const raw = env[name]?.trim();
  if (!raw) return [...fallback];
  return raw.split(',').map((part) => {
    const value = Number(part);
    if (!Number.isFinite(value) || value < 1) {
      throw new Error(`${name} must list rates ≥ 1, separated by commas (got "${raw}")`);
    }
    return value;
  });
}

export function loadBenchConfig(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): BenchConfig {
  const requested = argv.includes('--smoke') ? 'smoke' : (env.BENCH_MODE ?? 'full');
  if (requested !== 'full' && requested !== 'smoke') {
    throw new Error(`BENCH_MODE must be full or smoke (got "${requested}")`);
  }
  const mode: BenchMode = requested;
  const scenarios = scenarioList(env.BENCH_SCENARIOS);
  const part = only(env.BENCH_ONLY);
  if (scenarios.length < SCENARIOS.length && part !== 'throughput') {
    throw new Error('BENCH_SCENARIOS needs BENCH_ONLY=throughput: the later phases use both');
  }
  const tracing = flag(env.BENCH_TRACING);
  const tracingAb = flag(env.BENCH_TRACING_AB);
  if (tracing && tracingAb) {
    throw new Error(
      'BENCH_TRACING_AB compares the shop with tracing off: leave BENCH_TRACING unset',
    );
  }
  const model = processModel(env.BENCH_PROCESS_MODEL);
  if (model !== 'one' && (tracingAb || env.BENCH_TOPOLOGY?.trim())) {
    throw new Error(
      `BENCH_PROCESS_MODEL=${model}: the tracing A/B and BENCH_TOPOLOGY compare against the one-process shop; leave them unset`,
    );
  }
  const d = DEFAULTS[mode];
  if (part === 'soak' && number(env, 'BENCH_SOAK_RATE', d.soakRate) <= 0) {
    throw new Error(
      'BENCH_ONLY=soak needs BENCH_SOAK_RATE (a full run derives it from the pipeline)',
    );
  }
  return {
    mode,
    connections: number(env, 'BENCH_CONNECTIONS', d.connections, 1),
    durationS: number(env, 'BENCH_DURATION_S', d.durationS, 0.5),
    runRequests: Math.round(number(env, 'BENCH_RUN_REQUESTS', d.runRequests)),
    warmupS: number(env, 'BENCH_WARMUP_S', d.warmupS),
    scenarios,
    only: part,
    rounds: Math.round(number(env, 'BENCH_ROUNDS', d.rounds, 1)),
    fixedRateS: number(env, 'BENCH_FIXED_RATE_S', d.fixedRateS, 0.5),
    fixedRateRounds: Math.round(number(env, 'BENCH_FIXED_RATE_ROUNDS', d.fixedRateRounds, 1)),
    eventRate: number(env, 'BENCH_EVENT_RATE', d.eventRate, 1),
    eventWindowS: number(env, 'BENCH_EVENT_S', d.eventWindowS, 0.5),
    fulfilOrders: Math.round(number(env, 'BENCH_FULFIL_ORDERS', d.fulfilOrders, 1)),
    fulfilRate: number(env, 'BENCH_FULFIL_RATE', d.fulfilRate, 1),
    sustainS: number(env, 'BENCH_SUSTAIN_S', d.sustainS, 0.5),
    sustainProbeS: number(env, 'BENCH_SUSTAIN_PROBE_S', d.sustainProbeS, 0.5),
    sustainStartRate: number(env, 'BENCH_SUSTAIN_START_RATE', d.sustainStartRate, 1),
    sustainAt: rates(env, 'BENCH_SUSTAIN_AT', d.sustainAt),
    sustainDeadlineMs: number(env, 'BENCH_SUSTAIN_DEADLINE_MS', d.sustainDeadlineMs, 1),
    pollMs: number(env, 'BENCH_POLL_MS', d.pollMs, 1),
    rssRequests: Math.round(number(env, 'BENCH_RSS_REQUESTS', d.rssRequests, 1)),
    rssPlaceEvery: Math.round(number(env, 'BENCH_RSS_PLACE_EVERY', d.rssPlaceEvery, 1)),
    soakS: number(env, 'BENCH_SOAK_S', d.soakS, 1),
    soakSampleS: number(env, 'BENCH_SOAK_SAMPLE_S', d.soakSampleS, 0.1),
    soakRate: number(env, 'BENCH_SOAK_RATE', d.soakRate),
    poolSize: Math.round(number(env, 'BENCH_POOL_SIZE', d.poolSize, 1)),
    customers: Math.round(number(env, 'BENCH_CUSTOMERS', d.customers, 1)),
    stockPerProduct: Math.round(number(env, 'BENCH_STOCK', d.stockPerProduct, 1)),
    products: Math.round(number(env, 'BENCH_PRODUCTS', d.products, 1)),
    sustainProducts: Math.round(number(env, 'BENCH_SUSTAIN_PRODUCTS', d.sustainProducts, 1)),
    processModel: model,
    workerNice: Math.round(number(env, 'BENCH_WORKER_NICE', 10, 0)),
    drainTimeoutS: number(env, 'BENCH_DRAIN_TIMEOUT_S', d.drainTimeoutS, 1),
    quietWaitS: number(env, 'BENCH_QUIET_WAIT_S', d.quietWaitS),
    outDir: resolve(env.BENCH_OUT_DIR ?? resolve(PROJECT_ROOT, 'bench', 'results')),
    databaseUrl: env.DATABASE_URL || undefined,
    roleSecret: env.DATABASE_ROLE_SECRET || undefined,
    shopNodeOptions: env.BENCH_SHOP_NODE_OPTIONS || undefined,
    shopEnv: settingsList(env.BENCH_SHOP_ENV ?? ''),
    shopOutput: env.BENCH_SHOP_OUTPUT ? resolve(env.BENCH_SHOP_OUTPUT) : undefined,
    pgStatements: env.BENCH_PG_STATEMENTS === '1' || env.BENCH_PG_STATEMENTS === 'true',
    tracing,
    tracingAb,
    shopEntry: resolve(env.BENCH_SHOP_ENTRY ?? resolve(BUILD_ROOT, 'src', 'main.js')),
    // BENCH_SHOP_NODE_FLAGS: more flags for the shop's command line (some, like --trace-gc, are not allowed in NODE_OPTIONS).
    shopNodeFlags: [
      ...startScriptFlags(PROJECT_ROOT),
      ...(env.BENCH_SHOP_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean),
    ],
    projectRoot: PROJECT_ROOT,
  };
}
