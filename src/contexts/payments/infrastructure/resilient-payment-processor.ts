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
  /** Reads of the providers' records: retried and timed out, but never opening a circuit. */
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
    const policy = () =>
      wrap(
        circuitBreaker(transient, {
          halfOpenAfter: settings.halfOpenAfterMs,
          breaker: new ConsecutiveBreaker(settings.breakerThreshold),
        }),
        retries(),
        timeout(settings.timeoutMs, TimeoutStrategy.Aggressive),
      );
    this.policies = { card: policy(), paypal: policy() };
    this.lookups = wrap(retries(), timeout(settings.timeoutMs, TimeoutStrategy.Aggressive));
  }

  async authorizeAndCapture(request: {
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
    try {
      let attempts = 0;
      const outcome = await this.policies[method.type].execute(async () => {
        if (attempts++ > 0 || this.uncertain.has(key)) {
          const recorded = await gateway.findCharge(key);
          if (recorded) return recorded.outcome;
        }
        return gateway.charge(key, request.amount, decline, request.metadata);
      });
      this.uncertain.delete(key);
      return outcome;
    } catch (error) {
      this.rememberUncertain(key);
      throw error;
    }
  }

  findCharge(idempotencyKey: string): Promise<ProviderCharge | null> {
    return this.lookups.execute(async () => {
      for (const gateway of Object.values(this.gateways)) {
        const charge = await gateway.findCharge(idempotencyKey);
        if (charge) return charge;
      }
      return null;
    });
  }

  listCharges(from: Date, to: Date): Promise<ProviderCharge[]> {
    return this.lookups.execute(async () =>
      (
        await Promise.all(
          Object.values(this.gateways).map((gateway) => gateway.listCharges(from, to)),
        )
      ).flat(),
    );
  }

  private rememberUncertain(key: string): void {
    this.uncertain.delete(key);
    this.uncertain.add(key);
    if (this.uncertain.size > MAX_UNCERTAIN_KEYS)
      this.uncertain.delete(this.uncertain.values().next().value!);
  }

  refund(request: {
    idempotencyKey: string;
    chargeReference: string;
    amount: Money;
    provider: PaymentMethod['type'];
  }) {
    return this.policies[request.provider].execute(() =>
      this.gateways[request.provider].refund(request.idempotencyKey, request.amount),
    );
  }
}
