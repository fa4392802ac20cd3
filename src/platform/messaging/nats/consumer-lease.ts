import pg from 'pg';
import type { Logger } from 'pino';
import type { Lease } from '../transport.js';

/**
 * A consuming context's lease on its broker subscriptions: a PostgreSQL
 * session advisory lock in the context's own database, on a connection of its
 * own. Whichever replica holds it pulls from the streams; the others wait. A
 * process that dies or loses that connection loses the lock with it, and
 * another replica takes over from the consumers' acknowledged positions.
 */
export class ConsumerLease implements Lease {
  private client?: pg.Client;
  private acquiring?: Promise<boolean>;

  constructor(
    private readonly url: string,
    private readonly context: string,
    private readonly log: Logger,
  ) {}

  get held(): boolean {
    return this.client !== undefined;
  }

  /**
   * Takes the lease if no other process holds it. One attempt at a time: the
   * context's consumers (one per stream it reads) ask together at start, and
   * two sessions of this process trying at once would find each other holding
   * the lock and stand by as if another process did.
   */
  acquire(): Promise<boolean> {
    if (this.client) return Promise.resolve(true);
    this.acquiring ??= this.tryAcquire().finally(() => (this.acquiring = undefined));
    return this.acquiring;
  }

  private async tryAcquire(): Promise<boolean> {
    const client = new pg.Client({ connectionString: this.url });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.log.warn({ err: error, context: this.context }, 'lost the consumer lease');
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    try {
      const { rows } = await client.query<{ held: boolean }>(
        `select pg_try_advisory_lock(hashtextextended($1, 0)) as held`,
        [`emporium:broker-consumer:${this.context}`],
      );
      if (rows[0]?.held) {
        this.client = client;
        return true;
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    await client.end();
    return false;
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
