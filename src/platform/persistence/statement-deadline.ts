import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { StatementTimedOut } from './database-outage.js';

const unbounded = new AsyncLocalStorage<true>();

/** Runs `work` with no client-side deadline on its statements (migrations: a long index build is no stall). */
export function withoutStatementDeadline<T>(work: () => Promise<T>): Promise<T> {
  return unbounded.run(true, work);
}

/**
 * How long past the server's own `statement_timeout` the client still waits:
 * a server that works cancels the statement itself (a clean error, the
 * connection kept), so the client's deadline only catches one that does not
 * answer at all.
 */
export const deadlineGrace = (timeoutMs: number): number =>
  Math.min(1000, Math.ceil(timeoutMs / 4));

type Query = (...args: unknown[]) => unknown;
type Destroyable = { connection?: { stream?: { destroy(): void } } };

/** One connection's statements in flight: how many, and since when the oldest has been waiting. */
interface Watch {
  readonly client: pg.PoolClient;
  pending: number;
  since: number;
  timedOut: boolean;
}

/**
 * Gives up on any statement of the pool's connections that the server has
 * not answered `timeoutMs` (plus the grace) after it was sent. A stopped or
 * cut-off server never answers, and PostgreSQL's `statement_timeout` cannot
 * fire in a server that does not run. The connection is destroyed, since
 * where it stands in the protocol is unknown: its statements then fail with
 * `StatementTimedOut`, and the pool replaces it.
 *
 * One timer per pool checks the connections every tenth of the deadline
 * (a statement is given up between 1 and 1.1 deadlines after it was sent),
 * instead of a timer and a promise per statement: every statement of the
 * shop passes here, and those cost about as much as the rest of this wrapper.
 */
export function statementDeadline(pool: pg.Pool, timeoutMs: number): void {
  const deadline = timeoutMs + deadlineGrace(timeoutMs);
  const watches = new Set<Watch>();
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () => {
    const now = performance.now();
    for (const watch of watches) {
      if (watch.pending === 0 || watch.timedOut || now - watch.since < deadline) continue;
      watch.timedOut = true;
      (watch.client as unknown as Destroyable).connection?.stream?.destroy();
    }
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const watch: Watch = { client, pending: 0, since: 0, timedOut: false };
    // Made once per connection, so a statement allocates no closure of its own.
    const answered = (value: unknown) => {
      // The next statement queued on this connection is sent now.
      if (--watch.pending > 0) watch.since = performance.now();
      return value;
    };
    const failed = (error: unknown) => {
      watch.pending--;
      if (watch.timedOut) throw new StatementTimedOut(deadline);
      throw error instanceof Error ? error : new Error(String(error));
    };
    client.query = ((...args: unknown[]) => {
      const pending = query(...args);
      // Callbacks and cursors are left alone; the ORM and the platform use promises.
      if (!(pending instanceof Promise) || unbounded.getStore()) return pending;
      if (watch.pending++ === 0) watch.since = performance.now();
      return pending.then(answered, failed);
    }) as typeof client.query;
    watches.add(watch);
    sweeper ??= setInterval(sweep, Math.ceil(deadline / 10)).unref();
    client.once('end', () => {
      watches.delete(watch);
      if (watches.size > 0) return;
      clearInterval(sweeper);
      sweeper = undefined;
    });
  });
}
