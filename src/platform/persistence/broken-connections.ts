import type pg from 'pg';

/**
 * Gives a connection that dies while checked out back to the pool at once,
 * which then discards it. Kysely never releases a connection whose BEGIN,
 * COMMIT or ROLLBACK failed, so every transaction in flight when the server
 * dies would otherwise keep its connection forever: a few of them exhaust
 * the pool, and the shop never recovers from the outage. The holder's own
 * release, if it still comes, is then a no-op.
 */
export function releaseBrokenConnections(pool: pg.Pool): void {
  const watched = new WeakMap<pg.PoolClient, () => void>();
  pool.on('acquire', (client) => {
    const died = () => {
      const release = client.release.bind(client);
      client.release = () => undefined;
      release(new Error('the connection to the database was lost'));
    };
    watched.set(client, died);
    client.once('end', died);
  });
  pool.on('release', (_error, client) => {
    const died = watched.get(client);
    if (died) client.off('end', died);
    watched.delete(client);
  });
}
