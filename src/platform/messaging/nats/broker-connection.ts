import { connect, type NatsConnection, nanos } from '@nats-io/transport-node';
import {
  DiscardPolicy,
  jetstream,
  type JetStreamClient,
  jetstreamManager,
  type JetStreamManager,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from '@nats-io/jetstream';
import type { Logger } from 'pino';
import { streamOf, subjectsOf } from './subjects.js';

/** What the process knows of its broker, for /health/ready and the modules view. */
export interface BrokerState {
  readonly url: string;
  /** `connecting` until the first connection; `reconnecting` while it is lost. */
  readonly status: 'connecting' | 'connected' | 'reconnecting' | 'closed';
  /** When the status last changed (ISO-8601). */
  readonly since: string;
  readonly lastError?: string;
}

export interface BrokerOptions {
  readonly url: string;
  /** Connection name shown by the server (`nats server report connections`). */
  readonly name: string;
  /** Streams keep events this long, so a consumer can replay (EVENT_LOG_RETENTION_DAYS). */
  readonly retentionDays: number;
  /** The server drops a message whose id it stored within this window. */
  readonly duplicateWindowMs: number;
  /** Wait between connection attempts before the first connection. */
  readonly retryMs: number;
}

/** Not connected to the broker now; nothing was sent. */
export class BrokerUnavailable extends Error {
  constructor(state: BrokerState) {
    super(
      `the broker at ${state.url} is ${state.status}` +
        (state.lastError ? ` (${state.lastError})` : ''),
    );
    this.name = 'BrokerUnavailable';
  }
}

const DAY_MS = 86_400_000;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : JSON.stringify(error);

/**
 * One connection to NATS for the process, kept forever: the first attempt is
 * retried until it succeeds (the shop starts and takes orders with the broker
 * down) and a lost connection reconnects without limit. Also ensures each
 * producer's stream exists with the configured retention and duplicate window.
 */
export class BrokerConnection {
  private connection?: NatsConnection;
  private client?: { js: JetStreamClient; jsm: JetStreamManager };
  private state: BrokerState;
  private connecting?: Promise<void>;
  private closed = false;
  private readonly streams = new Map<string, Promise<void>>();
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly options: BrokerOptions,
    private readonly log: Logger,
  ) {
    this.state = { url: options.url, status: 'connecting', since: new Date().toISOString() };
  }

  /** Starts connecting in the background; never rejects. */
  start(): void {
    this.connecting ??= this.connectForever();
  }

  get current(): BrokerState {
    return this.state;
  }

  /** The JetStream client now, or BrokerUnavailable. */
  jetstream(): { js: JetStreamClient; jsm: JetStreamManager } {
    if (!this.client || this.state.status !== 'connected') throw new BrokerUnavailable(this.state);
    return this.client;
  }

  /** Resolves once connected (or closed); `ms` bounds the wait. */
  waitConnected(ms: number): Promise<void> {
    if (this.state.status === 'connected' || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  /** Creates the producer's stream, or updates its retention; remembered until a failure. */
  ensureStream(producer: string): Promise<void> {
    let ensured = this.streams.get(producer);
    if (!ensured) {
      ensured = this.createOrUpdate(producer);
      ensured.catch(() => this.streams.delete(producer));
      this.streams.set(producer, ensured);
    }
    return ensured;
  }

  /** Forgets which streams exist (after a failure that may mean the server lost them). */
  forgetStreams(): void {
    this.streams.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await this.connecting;
    const connection = this.connection;
    this.connection = undefined;
    if (connection && !connection.isClosed()) await connection.drain().catch(() => undefined);
    this.setState('closed');
  }

  private async createOrUpdate(producer: string): Promise<void> {
    const { jsm } = this.jetstream();
    const name = streamOf(producer);
    const wanted: Partial<StreamConfig> & { name: string } = {
      name,
      subjects: [subjectsOf(producer)],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      max_age: nanos(this.options.retentionDays * DAY_MS),
      duplicate_window: nanos(this.options.duplicateWindowMs),
      num_replicas: 1,
    };
    const existing = await jsm.streams.info(name).catch(() => undefined);
    if (!existing) {
      await jsm.streams.add(wanted);
      return;
    }
    if (
      existing.config.max_age !== wanted.max_age ||
      existing.config.duplicate_window !== wanted.duplicate_window
    ) {
      await jsm.streams.update(name, {
        max_age: wanted.max_age,
        duplicate_window: wanted.duplicate_window,
      });
    }
  }

  private async connectForever(): Promise<void> {
    while (!this.closed) {
      let connection: NatsConnection | undefined;
      try {
        connection = await connect({
          servers: this.options.url,
          name: this.options.name,
          maxReconnectAttempts: -1,
          reconnectTimeWait: 1_000,
        });
        // Fails on a server without JetStream: say so in the state, and try again.
        const jsm = await jetstreamManager(connection);
        if (this.closed) {
          await connection.close();
          return;
        }
        this.connection = connection;
        this.client = { js: jetstream(connection), jsm };
        this.setState('connected');
        this.log.info({ url: this.options.url }, 'connected to the broker');
        void this.follow(connection);
        return;
      } catch (error) {
        await connection?.close().catch(() => undefined);
        this.setState('connecting', error);
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs));
      }
    }
  }

  private async follow(connection: NatsConnection): Promise<void> {
    for await (const status of connection.status()) {
      if (status.type === 'disconnect') {
        this.setState('reconnecting');
        this.log.warn({ url: this.options.url }, 'lost the broker; reconnecting');
      } else if (status.type === 'reconnect') {
        // A server restarted without its store would have lost the streams.
        this.forgetStreams();
        this.setState('connected');
        this.log.info({ url: this.options.url }, 'reconnected to the broker');
      } else if (status.type === 'error') {
        this.setState(this.state.status, status.error);
      }
    }
    if (!this.closed) this.setState('closed');
  }

  private setState(status: BrokerState['status'], error?: unknown): void {
    const lastError = error === undefined ? this.state.lastError : messageOf(error);
    const since = status === this.state.status ? this.state.since : new Date().toISOString();
    this.state = { url: this.options.url, status, since, lastError };
    if (status === 'connected') this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
