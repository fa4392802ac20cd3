/**
 * Every setting of the process, read from the environment once at start.
 * Each variable is declared here with its default and meaning: the README's
 * configuration table is checked against this list by a test.
 */

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    received: string | undefined,
  ) {
    super(
      `Invalid configuration: ${variable} must be ${expected}` +
        (received === undefined ? ' (it is not set)' : ` (got "${received}")`),
    );
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

interface Setting<T> {
  readonly description: string;
  /** Shown in docs; `undefined` means the variable is optional with no default. */
  readonly defaultValue?: string;
  parse(raw: string | undefined, name: string): T;
}

function setting<T>(
  description: string,
  defaultValue: string | undefined,
  expected: string,
  convert: (raw: string) => T | undefined,
): Setting<T> {
  return {
    description,
    defaultValue,
    parse(raw, name) {
      const value = raw === undefined || raw === '' ? defaultValue : raw;
      if (value === undefined) return undefined as T;
      const converted = convert(value);
      if (converted === undefined) throw new ConfigError(name, expected, raw);
      return converted;
    },
  };
}

const integer = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  return /^\d+$/.test(raw) && n >= min && n <= max ? n : undefined;
};
const port = integer(1, 65535);
const boolean = (raw: string) =>
  ({ true: true, false: false, '1': true, '0': false })[raw.toLowerCase()];
const postgresUrl = (raw: string) => {
  try {
    const url = new URL(raw);
    return ['postgres:', 'postgresql:'].includes(url.protocol) && url.pathname.length > 1
      ? raw
      : undefined;
  } catch {
    return undefined;
  }
};
const natsUrls = (raw: string) =>
  raw.split(',').every((part) => {
    try {
      const url = new URL(part.trim());
      return ['nats:', 'tls:'].includes(url.protocol) && url.hostname.length > 0;
    } catch {
      return false;
    }
  })
    ? raw
    : undefined;
const oneOf =
  <T extends string>(...values: T[]) =>
  (raw: string) =>
    values.includes(raw as T) ? (raw as T) : undefined;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SETTINGS = {
  PORT: setting('HTTP port the shop listens on.', '3000', 'a port number 1-65535', port),
  HOST: setting(
    'Interface the HTTP server binds to.',
    '0.0.0.0',
    'a host name or address',
    (v) => v,
  ),
  CONTEXTS: setting(
    'Comma-separated bounded contexts this process hosts, or `all`.',
    'all',
    'a comma-separated list of context names or "all"',
    (v) =>
      v === 'all'
        ? 'all'
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
  ),
  DATABASE_URL: setting(
    'PostgreSQL server to use, as a URL whose user may create roles and schemas (see docs/database.md). Unset: an embedded PostgreSQL is started.',
    undefined,
    'a postgres:// URL with a database name',
    postgresUrl,
  ),
  DATABASE_PROVISION: setting(
    'Create or update each context’s schema and role at start using DATABASE_URL’s user. Turn off when an operator provisions them (docs/database.md).',
    'true',
    'true or false',
    boolean,
  ),
  DATABASE_ROLE_SECRET: setting(
    'Secret from which each context role’s password is derived. Required with DATABASE_URL unless every hosted context has its own <CONTEXT>_DATABASE_URL; generated and kept beside the data folder for the embedded database.',
    undefined,
    'at least 16 characters',
    (v) => (v.length >= 16 ? v : undefined),
  ),
  DATABASE_POOL_SIZE: setting(
    'Connections in each context’s pool.',
    '10',
    'an integer 1-200',
    integer(1, 200),
  ),
  DATABASE_PREPARED_STATEMENTS: setting(
    'Run repeated statements as named prepared statements (ADR 0013). Turn off behind a pooler that cannot keep them, such as PgBouncer in transaction mode before 1.21.',
    'true',
    'true or false',
    boolean,
  ),
  DATABASE_STATEMENT_TIMEOUT_MS: setting(
    'Longest a statement may take. PostgreSQL cancels a slower one, and the shop stops waiting for a server that does not answer (a stall); either way the request gets a 503. Migrations are exempt.',
    '5000',
    'an integer 100-600000',
    integer(100, 600_000),
  ),
  DATABASE_ACQUIRE_TIMEOUT_MS: setting(
    'Longest wait for a pooled connection, including opening one; past it the request gets a 503.',
    '2000',
    'an integer 100-600000',
    integer(100, 600_000),
  ),
  DATABASE_START_WAIT_MS: setting(
    'Longest wait at start for the database server to take connections, when it may start after the shop (DATABASE_URL, <CONTEXT>_DATABASE_URL). Retried with backoff; refused credentials or a missing database fail at once. 0: do not wait.',
    '30000',
    'an integer 0-600000',
    integer(0, 600_000),
  ),
  DATABASE_MIGRATE: setting(
    'Apply pending migrations of the hosted contexts at start.',
    'true',
    'true or false',
    boolean,
  ),
  EMBEDDED_DB_DIR: setting(
    'Data folder of the embedded PostgreSQL (git-ignored).',
    '.data/postgres',
    'a folder path',
    (v) => v,
  ),
  EMBEDDED_DB_PORT: setting(
    'Port of the embedded PostgreSQL.',
    '15432',
    'a port number 1-65535',
    port,
  ),
  AUTH_JWT_SECRET: setting(
    'Key that signs bearer tokens (HS256). Required with DATABASE_URL; without it a random key is made at each start (tokens then end with the process).',
    undefined,
    'at least 32 characters',
    (v) => (v.length >= 32 ? v : undefined),
  ),
  AUTH_TOKEN_TTL_SECONDS: setting(
    'Lifetime of a bearer token.',
    '3600',
    'an integer 60-86400',
    integer(60, 86_400),
  ),
  AUTH_ISSUER: setting(
    'Issuer (iss) of bearer tokens.',
    'emporium',
    'a non-empty string',
    (v) => v,
  ),
  AUTH_AUDIENCE: setting(
    'Audience (aud) of bearer tokens.',
    'emporium-api',
    'a non-empty string',
    (v) => v,
  ),
  AUTH_REVOCATION_CACHE_MS: setting(
    'How long a process trusts its cached answer to “is this token still valid?” (sign-out, password change, disabled account). A revocation made in another process takes effect there within this time; in the process that made it, at once.',
    '5000',
    'an integer 0-60000',
    integer(0, 60_000),
  ),
  AUTH_HASH_CONCURRENCY: setting(
    'Password hashes (scrypt) computed at the same time; the others wait, so sign-in floods cannot take the whole libuv thread pool.',
    '2',
    'an integer 1-64',
    integer(1, 64),
  ),
  AUTH_HASH_QUEUE: setting(
    'Password hashes that may wait for a free slot; beyond it a sign-in or registration answers 503 with Retry-After.',
    '64',
    'an integer 0-10000',
    integer(0, 10_000),
  ),
  AUTH_SIGN_IN_FREE_FAILURES: setting(
    'Sign-in attempts without a success an account may get before its sign-ins are slowed: each further one doubles the wait (from 1 s) before the next attempt is heard.',
    '5',
    'an integer 1-1000',
    integer(1, 1000),
  ),
  AUTH_SIGN_IN_MAX_DELAY_SECONDS: setting(
    'Longest wait imposed on an account after wrong passwords: an attacker can slow a real user by at most this much, never lock them out.',
    '60',
    'an integer 1-86400',
    integer(1, 86_400),
  ),
  RATE_LIMIT_SIGN_IN: setting(
    'Sign-in attempts (POST /api/auth/token) one client address may make per minute; 0 turns the limit off.',
    '20',
    'an integer 0-1000000',
    integer(0, 1_000_000),
  ),
  RATE_LIMIT_REGISTRATION: setting(
    'Registrations (POST /api/customers) one client address may make per minute; 0 turns the limit off.',
    '5',
    'an integer 0-1000000',
    integer(0, 1_000_000),
  ),
  RATE_LIMIT_ORDERS: setting(
    'Orders (POST /api/orders, where promotion codes are tried) one caller may place per minute; 0 turns the limit off.',
    '30',
    'an integer 0-1000000',
    integer(0, 1_000_000),
  ),
  HTTP_REQUEST_TIMEOUT_MS: setting(
    'Longest time a client may take to send a whole request (headers and body); a slower one gets 408 and its connection is closed.',
    '30000',
    'an integer 1000-600000',
    integer(1000, 600_000),
  ),
  HTTP_TRUST_PROXY: setting(
    'Take the client address from X-Forwarded-For (behind a reverse proxy that sets it); otherwise the socket address is used. Rate limits count per client address.',
    'false',
    'true or false',
    boolean,
  ),
  HTTP_CORS_ORIGINS: setting(
    'Comma-separated browser origins allowed to call the API (e.g. https://shop.example.com). Unset: no cross-origin access at all.',
    undefined,
    'a comma-separated list of http(s) origins',
    (v) => {
      const origins = v.split(',').map((s) => s.trim());
      return origins.every((o) => /^https?:\/\/[^/\s]+$/.test(o)) ? origins : undefined;
    },
  ),
  HTTP_API_DOCS: setting(
    'Serve the API documents: /docs, /openapi.json and /asyncapi.json.',
    'true',
    'true or false',
    boolean,
  ),
  ADMIN_EMAIL: setting(
    'E-mail of the first administrator, created (or made administrator) at start. Set with ADMIN_PASSWORD.',
    undefined,
    'an e-mail address',
    (v) => {
      const email = v.trim().toLowerCase();
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
    },
  ),
  ADMIN_PASSWORD: setting(
    'Password of the first administrator (at least 12 characters). Set with ADMIN_EMAIL.',
    undefined,
    'at least 12 characters',
    (v) => (v.length >= 12 ? v : undefined),
  ),
  PAYMENT_TIMEOUT_MS: setting(
    'Longest wait for one payment provider call.',
    '2000',
    'an integer 10-60000',
    integer(10, 60_000),
  ),
  PAYMENT_RETRIES: setting(
    'Retries of a provider call after a transient failure (never after a decline).',
    '2',
    'an integer 0-10',
    integer(0, 10),
  ),
  PAYMENT_BREAKER_THRESHOLD: setting(
    'Consecutive provider failures that open the circuit breaker.',
    '5',
    'an integer 1-100',
    integer(1, 100),
  ),
  PAYMENT_HALF_OPEN_AFTER_MS: setting(
    'How long an open circuit refuses provider calls before trying one.',
    '5000',
    'an integer 10-600000',
    integer(10, 600_000),
  ),
  PAYMENT_FAULT_LATENCY_MS: setting(
    'Fault mode of the simulated providers: latency added to every call.',
    '0',
    'an integer 0-60000',
    integer(0, 60_000),
  ),
  PAYMENT_FAULT_FAILURE_RATE: setting(
    'Fault mode of the simulated providers: share of calls that fail transiently.',
    '0',
    'a number from 0 to 1',
    (v) => (/^(0(\.\d+)?|1(\.0+)?)$/.test(v) ? Number(v) : undefined),
  ),
  PAYMENT_FAULT_OUTAGE: setting(
    'Fault mode of the simulated providers: every call fails (a full outage).',
    'false',
    'true or false',
    boolean,
  ),
  PAYMENT_RECONCILE_INTERVAL_MS: setting(
    'How often payments are reconciled with the providers (charges without a payment, payments without a charge); 0 turns the periodic run off.',
    '60000',
    'an integer 0-86400000',
    integer(0, 86_400_000),
  ),
  IDEMPOTENCY_KEY_TTL_HOURS: setting(
    'Hours an Idempotency-Key and its stored answer are kept; a retry after that runs as a new request.',
    '24',
    'an integer 1-720',
    integer(1, 720),
  ),
  BACKPRESSURE_MAX_LAG_MS: setting(
    'How far behind (the age of the oldest delivery no worker has taken, or, where deliveries are handled on receipt, of the oldest event no relay has delivered) the event pipeline may fall before routes that start its work, such as placing an order, answer 503 with Retry-After; they take work again once it is down to half. 0 turns shedding off.',
    '10000',
    'an integer 0-3600000',
    integer(0, 3_600_000),
  ),
  BACKPRESSURE_SAMPLE_MS: setting(
    'How often the pipeline’s lag is read, per hosted context.',
    '500',
    'an integer 10-60000',
    integer(10, 60_000),
  ),
  MESSAGING_RUN: setting(
    'Run the outbox relays and inbox workers of the hosted contexts in this process.',
    'true',
    'true or false',
    boolean,
  ),
  MESSAGING_WORKERS: setting(
    'Concurrent inbox workers per consuming context. Each works in batches; more than one lets batches of the same context wait on each other’s row locks (docs/performance.md).',
    '1',
    'an integer 1-64',
    integer(1, 64),
  ),
  MESSAGING_INBOX_BATCH: setting(
    'Deliveries an inbox worker claims and handles in one transaction (a failure reruns them one by one).',
    '32',
    'an integer 1-1000',
    integer(1, 1000),
  ),
  MESSAGING_INBOX_LINGER_MS: setting(
    'After a batch smaller than MESSAGING_INBOX_BATCH, how long at most an inbox worker lets deliveries gather before it claims again: the whole of it while the process is busy (event loop utilization 0.9 and above), none while it is mostly idle (0.5 and below), in between in proportion. Fewer, larger batches when the CPU is the limit; no wait added to any hop otherwise. 0: claim again at once.',
    '20',
    'an integer 0-1000',
    integer(0, 1000),
  ),
  MESSAGING_HANDLE_ON_RECEIPT: setting(
    'Handle an event delivered within this process in the transaction that stores it in the inbox, where its turn has come (one transaction per hop instead of a store and a worker’s claim; the relay waits for the handlers). Off when NATS_URL is set. false: every delivery is stored for the inbox workers.',
    'true',
    'true or false',
    boolean,
  ),
  MESSAGING_MAX_ATTEMPTS: setting(
    'Attempts at handling an event before it becomes a dead letter.',
    '10',
    'an integer 1-100',
    integer(1, 100),
  ),
  MESSAGING_BACKOFF_BASE_MS: setting(
    'First retry delay; each retry doubles it (with jitter).',
    '200',
    'an integer 1-600000',
    integer(1, 600_000),
  ),
  MESSAGING_BACKOFF_MAX_MS: setting(
    'Longest retry delay.',
    '300000',
    'an integer 1-86400000',
    integer(1, 86_400_000),
  ),
  MESSAGING_POLL_MS: setting(
    'Fallback polling interval of relays and inbox workers (a commit wakes them at once).',
    '1000',
    'an integer 10-600000',
    integer(10, 600_000),
  ),
  MESSAGING_RELAY_BATCH: setting(
    'Outbox rows a relay claims at a time.',
    '200',
    'an integer 1-10000',
    integer(1, 10_000),
  ),
  NATS_URL: setting(
    'NATS server (or comma-separated servers) with JetStream that carries integration events between processes (README, Running with NATS). Unset: events stay in this process.',
    undefined,
    'nats:// URLs, comma-separated',
    natsUrls,
  ),
  NATS_DEDUPE_WINDOW_SECONDS: setting(
    'How long the broker remembers an event id to drop a republish of it (consumers deduplicate beyond it too).',
    '120',
    'an integer 1-86400',
    integer(1, 86_400),
  ),
  NATS_PUBLISH_TIMEOUT_MS: setting(
    'Longest wait for the broker to acknowledge one published event.',
    '5000',
    'an integer 100-60000',
    integer(100, 60_000),
  ),
  EVENT_LOG_RETENTION_DAYS: setting(
    'Days published events stay queryable and replayable (and handled inbox rows kept for deduplication); also the age limit of the NATS streams.',
    '30',
    'an integer 1-3650',
    integer(1, 3650),
  ),
  LOG_REPEAT_INTERVAL_MS: setting(
    'Warnings and errors caused by a database outage are logged once per cause in this interval; the repeats are counted in one line at its end.',
    '10000',
    'an integer 100-3600000',
    integer(100, 3_600_000),
  ),
  HEALTH_TIMEOUT_MS: setting(
    'Longest `/health/ready` waits for the databases; one that has not answered by then is reported not ready.',
    '1000',
    'an integer 50-60000',
    integer(50, 60_000),
  ),
  METRICS_TOKEN: setting(
    'Bearer token Prometheus sends to scrape `GET /metrics` (an administrator’s token works too). Unset: administrators only (ADR 0021).',
    undefined,
    'at least 32 characters',
    (v) => (v.length >= 32 ? v : undefined),
  ),
  OTEL_EXPORTER_OTLP_ENDPOINT: setting(
    'OpenTelemetry collector (OTLP over HTTP) that receives traces, e.g. `http://localhost:4318`. Unset: tracing is off (ADR 0022).',
    undefined,
    'an http(s) URL',
    (v) => (/^https?:\/\/[^\s]+$/.test(v) ? v : undefined),
  ),
  OTEL_EXPORTER_OTLP_PROTOCOL: setting(
    'Encoding of the OTLP export: `http/protobuf` or `http/json`.',
    'http/protobuf',
    'http/protobuf or http/json',
    oneOf('http/protobuf', 'http/json'),
  ),
  OTEL_SERVICE_NAME: setting(
    'Service name on every span (`service.name`).',
    'emporium',
    'a non-empty name',
    (v) => (v.trim().length > 0 ? v : undefined),
  ),
  LOG_LEVEL: setting(
    'Minimum level of the JSON logs.',
    'info',
    `one of ${LOG_LEVELS.join(', ')}`,
    oneOf(...LOG_LEVELS),
  ),
  REMOTE_TIMEOUT_MS: setting(
    'Longest wait for one attempt at a public query asked of a context in another process.',
    '2000',
    'an integer 1-60000',
    integer(1, 60_000),
  ),
  REMOTE_RETRIES: setting(
    'Further attempts at a public query after a transient failure (no answer, 5xx).',
    '2',
    'an integer 0-10',
    integer(0, 10),
  ),
  REMOTE_BREAKER_THRESHOLD: setting(
    'Consecutive failed public queries to one remote context that open its circuit.',
    '5',
    'an integer 1-1000',
    integer(1, 1000),
  ),
  REMOTE_HALF_OPEN_AFTER_MS: setting(
    'How long an open circuit to a remote context refuses queries before trying one.',
    '5000',
    'an integer 1-600000',
    integer(1, 600_000),
  ),
  GATEWAY_TIMEOUT_MS: setting(
    'Longest wait for a context in another process to answer a request forwarded to it (<CONTEXT>_URL).',
    '10000',
    'an integer 1-600000',
    integer(1, 600_000),
  ),
  CURRENCY: setting(
    'ISO 4217 currency of every price (one per deployment).',
    'USD',
    'a three-letter ISO 4217 code',
    (v) => (/^[A-Z]{3}$/.test(v) ? v : undefined),
  ),
  SHOP_COUNTRY: setting(
    'ISO 3166-1 alpha-2 country of the shop: shipping there is domestic.',
    'US',
    'a two-letter ISO 3166-1 alpha-2 code in upper case',
    (v) => (/^[A-Z]{2}$/.test(v) ? v : undefined),
  ),
} as const;

/**
 * Per-context connection URL, e.g. `CATALOG_DATABASE_URL`: moves that context
 * to another role, database or server without touching the others.
 */
export const contextDatabaseUrlVariable = (context: string): string =>
  `${context.toUpperCase()}_DATABASE_URL`;

/**
 * Where a context that this process does not host runs, e.g. `SHIPPING_URL`:
 * the base URL of the process that hosts it (its routes and public queries).
 */
export const contextUrlVariable = (context: string): string => `${context.toUpperCase()}_URL`;

/** The settings named after a context (`CATALOG_DATABASE_URL`, `SHIPPING_URL`), as the README lists them. */
export const PER_CONTEXT_SETTINGS = ['<CONTEXT>_DATABASE_URL', '<CONTEXT>_URL'] as const;

type Settings = typeof SETTINGS;
export type AppConfig = {
  readonly [K in keyof Settings]: ReturnType<Settings[K]['parse']>;
} & {
  /** Connection URLs given explicitly per context, validated when the context is hosted. */
  readonly contextDatabaseUrls: Readonly<Record<string, string>>;
  /** `<NAME>_URL` variables by lower-case name; those naming a context say where it runs. */
  readonly contextUrls: Readonly<Record<string, string>>;
};

export function loadConfig(env: Env = process.env): AppConfig {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(SETTINGS)) {
    values[name] = spec.parse(env[name], name);
  }
  const contextDatabaseUrls: Record<string, string> = {};
  for (const [name, raw] of Object.entries(env)) {
    const match = /^([A-Z]+)_DATABASE_URL$/.exec(name);
    if (match && raw) contextDatabaseUrls[match[1]!.toLowerCase()] = raw;
  }
  const contextUrls: Record<string, string> = {};
  for (const [name, raw] of Object.entries(env)) {
    const match = /^([A-Z]+)_URL$/.exec(name);
    if (match && raw) contextUrls[match[1]!.toLowerCase()] = raw;
  }
  const config = { ...values, contextDatabaseUrls, contextUrls } as AppConfig;
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    const missing = config.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL';
    throw new ConfigError(missing, 'set together with the other ADMIN_ variable', undefined);
  }
  if (config.DATABASE_URL && !config.AUTH_JWT_SECRET) {
    throw new ConfigError(
      'AUTH_JWT_SECRET',
      'at least 32 characters when DATABASE_URL is set',
      undefined,
    );
  }
  return config;
}

/** Validates a context's explicit connection URL (only hosted contexts are checked). */
export function parseContextDatabaseUrl(context: string, raw: string): string {
  const url = postgresUrl(raw);
  if (!url) {
    throw new ConfigError(
      contextDatabaseUrlVariable(context),
      'a postgres:// URL with a database name',
      raw,
    );
  }
  return url;
}

/** Validates where a remote context runs: an http(s) URL with no path beyond `/`. */
export function parseContextUrl(context: string, raw: string): string {
  try {
    const url = new URL(raw);
    if (['http:', 'https:'].includes(url.protocol) && url.pathname === '/' && !url.search) {
      return url.origin;
    }
  } catch {
    // refused below
  }
  throw new ConfigError(contextUrlVariable(context), 'an http:// or https:// base URL', raw);
}
