import type pg from 'pg';

/**
 * Gives a connection that dies while checked out back to the pool at once,
 * which then discards it. Kysely never releases a connection whose BEGIN,
 * COMMIT or ROLLBACK failed, so every transaction in flight when the server
 * dies would otherwise keep its connection forever: a few of them exhaust
 * the pool, and the shop never recovers from the outage. The holder's own
 * release, if it still comes, is then a no-op.
 *
 * One listener per connection, for its life, rather than one added and
 * removed at every checkout: every statement outside a transaction checks a
 * connection out.
 */
export function releaseBrokenConnections(pool: pg.Pool): void {
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('connect', (client) => {
    client.on('end', () => {
      if (!checkedOut.has(client)) return;
      checkedOut.delete(client);
      const release = client.release.bind(client);
      client.release = () => undefined;
      release(new Error('the connection to the database was lost'));
    });
  });
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
}
