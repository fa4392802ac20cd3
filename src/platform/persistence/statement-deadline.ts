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

/**
 * Gives up on any statement of the pool's connections that the server has
 * not answered `timeoutMs` (plus the grace) after it was sent. A stopped or
 * cut-off server never answers, and PostgreSQL's `statement_timeout` cannot
 * fire in a server that does not run. The connection is destroyed, since
 * where it stands in the protocol is unknown; the pool then replaces it.
 */
export function statementDeadline(pool: pg.Pool, timeoutMs: number): void {
  const deadline = timeoutMs + deadlineGrace(timeoutMs);
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    client.query = ((...args: unknown[]) => {
      const pending = query(...args);
      // Callbacks and cursors are left alone; the ORM and the platform use promises.
      if (!(pending instanceof Promise) || unbounded.getStore()) return pending;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new StatementTimedOut(deadline));
          (client as unknown as Destroyable).connection?.stream?.destroy();
        }, deadline);
        timer.unref();
        pending.then(
          (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    }) as typeof client.query;
  });
}
