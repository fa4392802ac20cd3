import { type EventLoopUtilization, performance } from 'node:perf_hooks';

/**
 * How busy this process's event loop has been lately: the share of the last
 * sampling interval it spent running code rather than waiting (Node's event
 * loop utilization), 0 to 1. A process whose loop is nearly always busy is
 * bound by its own CPU, and work it can do in fewer, larger pieces is worth a
 * short wait; a process that mostly waits is not.
 */
export class ProcessLoad {
  private last: EventLoopUtilization = performance.eventLoopUtilization();
  private current = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly intervalMs = 100) {}

  /** The utilization over the last interval (0 until one has passed). */
  utilization(): number {
    this.timer ??= setInterval(() => this.sample(), this.intervalMs).unref();
    return this.current;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private sample(): void {
    const now = performance.eventLoopUtilization();
    this.current = performance.eventLoopUtilization(now, this.last).utilization;
    this.last = now;
  }
}

/** The process's own gauge, sampling once the first reader asks. */
export const processLoad = new ProcessLoad();
