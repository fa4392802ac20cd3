import type { Logger } from 'pino';
import { Listener } from './listener.js';

/**
 * Wakes a worker loop as soon as PostgreSQL notifies a channel (a commit on
 * the outbox or inbox, in any replica), and at the latest after `pollMs`, so a
 * lost notification or a dropped LISTEN connection only delays work.
 */
export class Wakeup {
  private unlisten?: () => Promise<void>;
  // Every worker of a loop waits here; a signal wakes them all (they then race for SKIP LOCKED rows).
  private readonly waiting = new Set<() => void>();
  private signalled = false;
  private closed = false;

  constructor(
    private readonly url: string | undefined,
    private readonly channel: string,
    private readonly pollMs: number,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    if (!this.url) return;
    this.unlisten = await Listener.listen(
      this.url,
      this.channel,
      () => this.signal(),
      this.pollMs,
      this.log,
    );
  }

  /** Wakes the waiting workers now (also used in process after local commits). */
  signal(): void {
    if (this.waiting.size === 0) {
      this.signalled = true;
      return;
    }
    for (const wake of [...this.waiting]) wake();
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

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of [...this.waiting]) wake();
    await this.unlisten?.();
  }
}
