import pg from 'pg';
import type { Logger } from 'pino';

type OnNotify = () => void;

/**
 * One LISTEN connection per database and process, shared by every channel the
 * process waits on. PostgreSQL wakes each listening backend of a database for
 * every NOTIFY in it, whatever the channel: fourteen connections (a relay and
 * an inbox per context) made each NOTIFY cost about 160 µs of server CPU
 * instead of 45 (docs/performance.md).
 */
export class Listener {
  private static readonly shared = new Map<string, Listener>();
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private readonly channels = new Map<string, Set<OnNotify>>();
  private closed = false;
  /** The LISTEN commands in flight, one after another (see `listenOn`). */
  private commands: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly key: string,
    private readonly url: string,
    private readonly retryMs: number,
    private readonly log: Logger,
  ) {}

  /**
   * Calls `onNotify` on each NOTIFY of `channel` in the database `url` names,
   * until the returned function is called. Connects on first use and
   * reconnects (after `retryMs`) when the connection drops.
   */
  static async listen(
    url: string,
    channel: string,
    onNotify: OnNotify,
    retryMs: number,
    log: Logger,
  ): Promise<() => Promise<void>> {
    const { host, port, pathname } = new URL(url);
    const key = `${host}:${port}${pathname}`;
    let listener = Listener.shared.get(key);
    if (!listener) {
      listener = new Listener(key, url, retryMs, log);
      Listener.shared.set(key, listener);
    }
    await listener.add(channel, onNotify);
    return () => listener.remove(channel, onNotify);
  }

  private async add(channel: string, onNotify: OnNotify): Promise<void> {
    const callbacks = this.channels.get(channel);
    if (callbacks) {
      callbacks.add(onNotify);
      return;
    }
    this.channels.set(channel, new Set([onNotify]));
    await this.connect();
    if (!this.client) return;
    await this.listenOn(this.client, channel).catch((error: unknown) =>
      this.log.warn({ err: error, channel }, 'cannot LISTEN; polling'),
    );
  }

  /**
   * Sends one LISTEN after those already sent have been answered. Every loop
   * of a process starts at once and adds its channel: their LISTENs would
   * otherwise queue on the client together, which pg deprecates (pg 9 refuses
   * a query while the client runs another).
   */
  private listenOn(client: pg.Client, channel: string): Promise<unknown> {
    const listened = this.commands.then(() =>
      client.query(`listen ${client.escapeIdentifier(channel)}`),
    );
    this.commands = listened.catch(() => undefined);
    return listened;
  }

  private async remove(channel: string, onNotify: OnNotify): Promise<void> {
    const callbacks = this.channels.get(channel);
    callbacks?.delete(onNotify);
    if (callbacks?.size === 0) this.channels.delete(channel);
    if (this.channels.size > 0) return;
    this.closed = true;
    Listener.shared.delete(this.key);
    await this.connecting;
    await this.client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<void> {
    if (this.client || this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', ({ channel }) => {
      for (const onNotify of this.channels.get(channel) ?? []) onNotify();
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'LISTEN connection lost; polling until it is back');
      if (this.client === client) this.client = undefined;
      this.retry();
    });
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await this.listenOn(client, channel);
      this.client = client;
    } catch (error) {
      this.log.warn({ err: error }, 'cannot LISTEN; polling');
      await client.end().catch(() => undefined);
      this.retry();
    }
  }

  private retry(): void {
    if (this.closed) return;
    setTimeout(() => void this.connect(), this.retryMs).unref();
  }
}
