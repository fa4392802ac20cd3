/** Accounts tracked at most; the oldest is forgotten first (memory stays bounded under a flood). */
const TRACKED = 100_000;

/**
 * Slows password guessing against one account without locking its owner out:
 * after `freeFailures` attempts without a success, each further one doubles
 * the wait before the next attempt is heard (1 s, 2 s, 4 s …), never beyond
 * `maxDelaySeconds`. An attempt counts as failed from the moment it starts
 * (so a burst of concurrent guesses cannot all slip past the check); a
 * correct password clears the record. The counters live in this process's
 * memory (ADR 0016).
 */
export class SignInThrottle {
  private readonly accounts = new Map<string, { failures: number; blockedUntil: number }>();

  constructor(
    private readonly freeFailures: number,
    private readonly maxDelaySeconds: number,
  ) {}

  /** Seconds to wait before an attempt for `account` is heard; 0 when it may go ahead now. */
  waitFor(account: string, now: number): number {
    const record = this.accounts.get(account);
    if (!record || record.blockedUntil <= now) return 0;
    return Math.ceil((record.blockedUntil - now) / 1000);
  }

  /** Records an attempt, failed until `succeeded` says otherwise. */
  attempt(account: string, now: number): void {
    const failures = (this.accounts.get(account)?.failures ?? 0) + 1;
    const over = failures - this.freeFailures;
    const delaySeconds = over > 0 ? Math.min(2 ** (over - 1), this.maxDelaySeconds) : 0;
    this.accounts.delete(account);
    if (this.accounts.size >= TRACKED) this.accounts.delete(this.accounts.keys().next().value!);
    this.accounts.set(account, { failures, blockedUntil: now + delaySeconds * 1000 });
  }

  succeeded(account: string): void {
    this.accounts.delete(account);
  }
}
