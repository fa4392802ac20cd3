/**
 * Faults the simulated providers can be told to show, for tests and demos:
 * added latency, a share of transient failures, or a full outage. Set from
 * configuration at start and adjustable at run time.
 */
export class ProviderFaults {
  latencyMs = 0;
  failureRate = 0;
  outage = false;

  set(faults: Partial<Pick<ProviderFaults, 'latencyMs' | 'failureRate' | 'outage'>>): void {
    Object.assign(this, faults);
  }
}

/** A transient provider failure: worth retrying, unlike a decline. */
export class ProviderUnavailable extends Error {
  constructor(reason: string) {
    super(`payment provider unavailable: ${reason}`);
    this.name = 'ProviderUnavailable';
  }
}
