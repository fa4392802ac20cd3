import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from 'pino';
import { outageCause } from './database-outage.js';

/** The server a URL names, without its credentials: what a log line may say. */
export const serverOf = (url: string): string => {
  const { hostname, port, pathname, searchParams } = new URL(url);
  return `${searchParams.get('host') ?? hostname}:${port || '5432'}${pathname}`;
};

/** Opens a connection to `url`, runs `select 1` and closes it. */
async function probe(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A connection that dies while probing reports here too; the probe's own promise says why.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Waits until the server at `url` takes a connection, for up to `waitMs`: a
 * shop started together with its database (a compose file, a host booting)
 * would otherwise exit because it came first. Only an outage is waited out
 * (refused, unreachable, starting up, out of connections, no answer); a
 * refused password or a missing database fails at once, since waiting does
 * not mend them. Retries back off from 250 ms to 2 s; each wait is logged.
 * @throws the last connection error, its message naming the server and the wait
 */
export async function awaitDatabase(url: string, waitMs: number, log: Logger): Promise<void> {
  const server = serverOf(url);
  const deadline = Date.now() + waitMs;
  for (let attempt = 1; ; attempt++) {
    const left = deadline - Date.now();
    try {
      await probe(url, Math.max(1000, Math.min(5000, left)));
      if (attempt > 1) log.info({ server, attempts: attempt }, 'the database is reachable');
      return;
    } catch (error) {
      const cause = outageCause(error);
      const message = error instanceof Error ? error.message : String(error);
      if (cause === undefined) throw error;
      if (Date.now() >= deadline) {
        throw new Error(
          `the database server ${server} is not reachable after waiting ${waitMs} ms (DATABASE_START_WAIT_MS): ${message}`,
          { cause: error },
        );
      }
      const pause = Math.min(250 * 2 ** (attempt - 1), 2000, Math.max(0, deadline - Date.now()));
      log.warn(
        { server, cause, attempt, err: message, retryInMs: pause },
        'the database is not reachable yet; waiting for it',
      );
      await sleep(pause);
    }
  }
}
