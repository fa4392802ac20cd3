import type pg from 'pg';
import { releaseBrokenConnections } from './broken-connections.js';
import { statementDeadline } from './statement-deadline.js';

/** How long a context's connections wait on the database (DATABASE_*_TIMEOUT_MS). */
export interface DatabaseTimeouts {
  readonly statementTimeoutMs: number;
  readonly acquireTimeoutMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = {
  statementTimeoutMs: 5000,
  acquireTimeoutMs: 2000,
};

/**
 * A session left idle inside a transaction (a client that froze or vanished
 * without closing its socket) holds its locks until the server ends it.
 */
const IDLE_IN_TRANSACTION_MS = 60_000;

/** Session settings (for the `options` startup parameter) that bound work on the server. */
export function serverTimeouts({ statementTimeoutMs }: DatabaseTimeouts): string {
  const idle = Math.max(IDLE_IN_TRANSACTION_MS, 2 * statementTimeoutMs);
  return `-c statement_timeout=${statementTimeoutMs} -c idle_in_transaction_session_timeout=${idle}`;
}

/**
 * Pool options that bound the waits on the client's side: for a connection
 * (a full pool, or a server that does not accept one), and, through
 * `guardStatements` on the pool once it exists, for the answer to a
 * statement. TCP keepalive notices a peer that vanished without a word.
 */
export function poolTimeouts({ acquireTimeoutMs }: DatabaseTimeouts) {
  return { connectionTimeoutMillis: acquireTimeoutMs, keepAlive: true };
}

/** Bounds the wait for each statement's answer, and returns connections lost in between to the pool. */
export function guardStatements(pool: pg.Pool, { statementTimeoutMs }: DatabaseTimeouts): void {
  statementDeadline(pool, statementTimeoutMs);
  releaseBrokenConnections(pool);
}
