import type { Logger } from 'pino';
import type { ContextDatabase } from '../persistence/context-database.js';
import { Listener } from './listener.js';

/**
 * Wakes a worker loop (a relay or an inbox's workers) when there is work: at
 * once when this process signals it after a commit, on a NOTIFY of its
 * channel from another process, and at the latest after `pollMs`, so a lost
 * notification or a dropped LISTEN connection only delays work.
 *
 * A signal in a process whose loop does not run here (`MESSAGING_RUN=false`)
 * becomes a NOTIFY, sent outside the writer's transaction and coalesced: one
 * in flight at a time, and one more for whatever came meanwhile. Writers never
 * NOTIFY inside their transactions: that takes a lock on the whole database at
 * commit, held while the commit is flushed, which serialised every writer.
 */
export class Wakeup {
  private unlisten?: () => Promise<void>;
  // Every worker of a loop waits here; a signal wakes them all (they then race for SKIP LOCKED rows).
  private readonly waiting = new Set<() => void>();
  private signalled = false;
  private closed = false;
  private started = false;
  private notifying = false;
  private notifyAgain = false;

  constructor(
    private readonly url: string | undefined,
    private readonly channel: string,
    private readonly pollMs: number,
    private readonly log: Logger,
    /** Sends a NOTIFY on `channel`, for processes whose loop does not run here. */
    private readonly notify?: (channel: string) => Promise<unknown>,
  ) {}

  /** The wake-up of a context's `outbox` (its relay) or `inbox` (its workers). */
  static of(db: ContextDatabase, table: 'outbox' | 'inbox', pollMs: number, log: Logger): Wakeup {
    return new Wakeup(db.url, `${db.context}_${table}`, pollMs, log, (channel) =>
      db.query(`select pg_notify($1, '')`, [channel]),
    );
  }

  async start(): Promise<void> {
    this.started = true;
    if (!this.url) return;
    this.unlisten = await Listener.listen(
      this.url,
      this.channel,
      () => this.signal(),
      this.pollMs,
      this.log,
    );
  }

  /** Wakes the loop now: here when it runs here, otherwise wherever it runs. */
  signal(): void {
    if (!this.started) {
      void this.notifyOthers();
      return;
    }
    if (this.waiting.size === 0) {
      this.signalled = true;
      return;
    }
    for (const wake of [...this.waiting]) wake();
  }

  /**
   * Signals once `ms` have passed, never sooner. Node's timers may fire up to a
   * millisecond early; a retry woken before the time its row became due would
   * find nothing to claim and wait out a whole poll interval.
   */
  signalAfter(ms: number, now: () => number = () => performance.now()): void {
    const due = now() + ms;
    const arm = (left: number) =>
      setTimeout(() => {
        if (this.closed) return;
        const rest = due - now();
        if (rest > 0) arm(rest);
        else this.signal();
      }, Math.ceil(left)).unref();
    arm(ms);
  }

  /** Resolves on the next signal, after `timeoutMs` (default: the poll interval), or at once if signalled meanwhile. */
  wait(timeoutMs = this.pollMs): Promise<void> {
    if (this.signalled || this.closed) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiting.add(done);
    });
  }

  private async notifyOthers(): Promise<void> {
    if (!this.notify || this.closed) return;
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    try {
      do {
        this.notifyAgain = false;
        await this.notify(this.channel);
      } while (this.notifyAgain && !this.closed);
    } catch (error) {
      this.log.warn({ err: error, channel: this.channel }, 'cannot NOTIFY; the loop will poll');
    } finally {
      this.notifying = false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of [...this.waiting]) wake();
    await this.unlisten?.();
  }
}
