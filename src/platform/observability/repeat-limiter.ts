interface Interval {
  repeats: number;
  report: (repeats: number) => void;
}

/**
 * Lets the first occurrence of a cause through and counts its repeats until
 * the interval ends; then reports them in one line (if there were any) and
 * counts on in a new interval. A cause that keeps recurring thus costs one
 * line per interval, however often it happens.
 */
export class RepeatLimiter {
  private readonly open = new Map<string, Interval>();

  constructor(
    readonly intervalMs: number,
    /** Past this many causes at once, lines pass unlimited rather than pile up state. */
    private readonly maxCauses = 1000,
  ) {}

  /**
   * True when the line for `cause` should be written now; otherwise it was
   * counted, and `report` will be called with the count when the interval ends.
   */
  admit(cause: string, report: (repeats: number) => void): boolean {
    const interval = this.open.get(cause);
    if (interval) {
      interval.repeats++;
      interval.report = report;
      return false;
    }
    if (this.open.size < this.maxCauses) this.start(cause, { repeats: 0, report });
    return true;
  }

  private start(cause: string, interval: Interval): void {
    this.open.set(cause, interval);
    setTimeout(() => {
      this.open.delete(cause);
      if (interval.repeats === 0) return;
      interval.report(interval.repeats);
      this.start(cause, { repeats: 0, report: interval.report });
    }, this.intervalMs).unref();
  }
}
