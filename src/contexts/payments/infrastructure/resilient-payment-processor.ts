import {
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleType,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
  type IPolicy,
} from 'cockatiel';
import type { Money } from '../../../platform/domain/index.js';
import {
  type ChargeMetadata,
  type ChargeOutcome,
  type PaymentMethod,
  PaymentProcessor,
  type ProviderCharge,
} from '../domain/payment-processor.js';
import { ProviderUnavailable } from './provider-faults.js';
import { SimulatedGateway } from './simulated-providers.js';

export interface ResilienceSettings {
  /** Longest wait for one provider call. */
  readonly timeoutMs: number;
  /** Retries of one call on a transient failure (never on a decline). */
  readonly retries: number;
  /** Consecutive failures that open the circuit. */
  readonly breakerThreshold: number;
  /** How long the open circuit refuses calls before letting one through. */
  readonly halfOpenAfterMs: number;
}

/** Keys remembered as "answer lost" at most; the oldest are forgotten first. */
const MAX_UNCERTAIN_KEYS = 10_000;

/**
 * The payment port for the two providers, each behind its own policy:
 * a timeout per attempt, retries with exponential backoff for transient
 * failures and timeouts (never for a decline), and a circuit breaker that stops
 * calling a provider that keeps failing. While the circuit is open the call
 * fails at once; the event that asked for it is retried later by the inbox, so
 * orders wait rather than fail.
 *
 * A call that timed out or failed may still have charged: before charging
 * again with that key, the provider is asked what it recorded for it, and a
 * recorded outcome is the answer (ADR 0020).
 */
export class ResilientPaymentProcessor extends PaymentProcessor {
  private readonly policies: Record<PaymentMethod['type'], IPolicy>;
  /** Listings of the providers' records (reconciliation): retried and timed out, but never opening a circuit. */
  private readonly lookups: IPolicy;
  /** Keys whose last charge call ended without an answer, oldest first. */
  private readonly uncertain = new Set<string>();

  constructor(
    private readonly gateways: Record<PaymentMethod['type'], SimulatedGateway>,
    settings: ResilienceSettings,
  ) {
    super();
    const transient = handleType(ProviderUnavailable).orType(TaskCancelledError);
    const retries = () =>
      retry(transient, {
        maxAttempts: settings.retries,
        backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 1000 }),
      });
    // Nothing a gateway runs listens to the abort signal: aborting it after each call (cockatiel's
    // default) only built a DOMException with its stack per call, 0.7 % of the pipeline's CPU.
    const perAttempt = () =>
      timeout(settings.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false });
    const policy = () =>
      wrap(
        circuitBreaker(transient, {
          halfOpenAfter: settings.halfOpenAfterMs,
          breaker: new ConsecutiveBreaker(settings.breakerThreshold),
        }),
        retries(),
        perAttempt(),
      );
    this.policies = { card: policy(), paypal: policy() };
    this.lookups = wrap(retries(), perAttempt());
  }

  authorizeAndCapture(request: {
    idempotencyKey: string;
    amount: Money;
    method: PaymentMethod;
    metadata: ChargeMetadata;
  }): Promise<ChargeOutcome> {
    const { method, idempotencyKey: key } = request;
    const gateway = this.gateways[method.type];
    const decline =
      method.type === 'card'
        ? SimulatedGateway.cardDecline(method.token)
        : SimulatedGateway.paypalDecline(method.payerEmail);
    return this.once(
      method.type,
      key,
      async () => (await gateway.findCharge(key))?.outcome ?? null,
      () => gateway.charge(key, request.amount, decline, request.metadata),
    );
  }

  refund(request: {
    idempotencyKey: string;
    chargeReference: string;
    amount: Money;
    provider: PaymentMethod['type'];
  }): Promise<{ reference: string }> {
    const { provider, idempotencyKey: key } = request;
    const gateway = this.gateways[provider];
    return this.once(
      provider,
      key,
      () => gateway.findRefund(key),
      () => gateway.refund(key, request.amount),
    );
  }

  listCharges(from: Date, to: Date): Promise<ProviderCharge[]> {
    return this.fromEveryGateway((gateway) => gateway.listCharges(from, to));
  }

  chargesByKey(idempotencyKeys: readonly string[]): Promise<ProviderCharge[]> {
    return this.fromEveryGateway((gateway) => gateway.chargesByKey(idempotencyKeys));
  }

  /** One lookup asked of every provider, under the lookups' policy; their answers joined. */
  private fromEveryGateway(
    lookup: (gateway: SimulatedGateway) => Promise<ProviderCharge[]>,
  ): Promise<ProviderCharge[]> {
    return this.lookups.execute(async () =>
      (await Promise.all(Object.values(this.gateways).map(lookup))).flat(),
    );
  }

  /**
   * One provider call under the provider's policy. A call that timed out or
   * failed may still have happened: before calling again with its key (the
   * next attempt, or the next call after a failed one) the provider is asked
   * what it recorded for the key, and a record is the answer.
   */
  private async once<T>(
    provider: PaymentMethod['type'],
    key: string,
    recorded: () => Promise<T | null>,
    call: () => Promise<T>,
  ): Promise<T> {
    let attempts = 0;
    try {
      const answer = await this.policies[provider].execute(async () => {
        if (attempts++ > 0 || this.uncertain.has(key)) {
          const known = await recorded();
          if (known) return known;
        }
        return call();
      });
      this.uncertain.delete(key);
      return answer;
    } catch (error) {
      this.rememberUncertain(key);
      throw error;
    }
  }

  private rememberUncertain(key: string): void {
    this.uncertain.delete(key);
    this.uncertain.add(key);
    if (this.uncertain.size > MAX_UNCERTAIN_KEYS)
      this.uncertain.delete(this.uncertain.values().next().value!);
  }
}
