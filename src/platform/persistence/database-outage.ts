/**
 * Why the database could not serve a statement, when the fault is the
 * database's (or the way to it) and not the statement's:
 * - `timeout`: no answer in time (a stalled or overloaded server, a full pool);
 * - `unreachable`: no connection (refused, reset, dropped);
 * - `unavailable`: the server answers but refuses work (shutting down,
 *   starting up, out of connections or resources).
 */
export type OutageCause = 'timeout' | 'unreachable' | 'unavailable';

/** A statement the server did not answer within the statement timeout: its connection was dropped. */
export class StatementTimedOut extends Error {
  /** Survives the ORM's wrapping, which copies the properties but not the class. */
  readonly code = 'EMPORIUM_STATEMENT_TIMEOUT';

  constructor(readonly timeoutMs: number) {
    super(`the database did not answer within ${timeoutMs} ms`);
    this.name = 'StatementTimedOut';
  }
}

/** Codes of Node's sockets and of the statement deadline. */
const SOCKET_CODES: Readonly<Record<string, OutageCause>> = {
  EMPORIUM_STATEMENT_TIMEOUT: 'timeout',
  EPIPE: 'unreachable',
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ETIMEDOUT: 'timeout',
};

/** SQLSTATEs (exact, then by class) that say the server cannot do the work now, whatever it was. */
const SQLSTATES: Readonly<Record<string, OutageCause>> = {
  '57014': 'timeout', // query_canceled: statement_timeout
  '55P03': 'timeout', // lock_not_available: lock_timeout
  '25P03': 'timeout', // idle_in_transaction_session_timeout
  '57P01': 'unavailable', // admin_shutdown
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now: starting up or shutting down
  '57P05': 'unavailable', // idle_session_timeout
  '08': 'unreachable', // connection_exception
  '53': 'unavailable', // insufficient_resources: disk full, out of memory, too many connections
};

/** What node-postgres and pg-pool say, in their own words, when the connection is gone or never came. */
const DRIVER_MESSAGES: readonly [RegExp, OutageCause][] = [
  [/timeout exceeded when trying to connect|connection timeout|Query read timeout/i, 'timeout'],
  [/Connection terminated|not queryable|Connection closed/i, 'unreachable'],
  [
    /terminating connection due to|database system is (starting up|shutting down|in recovery)/i,
    'unavailable',
  ],
  [/Cannot use a pool after calling end on the pool/i, 'unavailable'],
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  previous?: unknown;
  errors?: unknown;
}

/**
 * The outage behind `error`, if it is one: looks through the ORM's wrappers
 * (`previous`), causes and aggregated errors (a host with several addresses).
 */
export function outageCause(error: unknown, depth = 0): OutageCause | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  if (error instanceof StatementTimedOut) return 'timeout';
  const { code, message, cause, previous, errors } = error as ErrorLike;
  if (typeof code === 'string') {
    const sqlState = /^[0-9A-Z]{5}$/.test(code);
    const known =
      SOCKET_CODES[code] ??
      (sqlState ? (SQLSTATES[code] ?? SQLSTATES[code.slice(0, 2)]) : undefined);
    if (known) return known;
  }
  if (typeof message === 'string') {
    const match = DRIVER_MESSAGES.find(([pattern]) => pattern.test(message));
    if (match) return match[1];
  }
  const nested: unknown[] = [
    cause,
    previous,
    ...(Array.isArray(errors) ? (errors as unknown[]) : []),
  ];
  for (const inner of nested) {
    const found = outageCause(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}
