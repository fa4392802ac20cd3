import {
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleType,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
  type IPolicy,
} from 'cockatiel';
import type { Money } from '../../../platform/domain/index.js';
import {
  type ChargeOutcome,
  type PaymentMethod,
  PaymentProcessor,
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

/**
 * The payment port for the two providers, each behind its own policy:
 * a timeout per attempt, retries with exponential backoff for transient
 * failures only, and a circuit breaker that stops calling a provider that keeps
 * failing. While the circuit is open the call fails at once; the event that
 * asked for it is retried later by the inbox, so orders wait rather than fail.
 */
export class ResilientPaymentProcessor extends PaymentProcessor {
  private readonly policies: Record<PaymentMethod['type'], IPolicy>;

  constructor(
    private readonly gateways: Record<PaymentMethod['type'], SimulatedGateway>,
    settings: ResilienceSettings,
  ) {
    super();
    const policy = () =>
      wrap(
        circuitBreaker(handleType(ProviderUnavailable), {
          halfOpenAfter: settings.halfOpenAfterMs,
          breaker: new ConsecutiveBreaker(settings.breakerThreshold),
        }),
        retry(handleType(ProviderUnavailable), {
          maxAttempts: settings.retries,
          backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 1000 }),
        }),
        timeout(settings.timeoutMs, TimeoutStrategy.Aggressive),
      );
    this.policies = { card: policy(), paypal: policy() };
  }

  authorizeAndCapture(request: {
    idempotencyKey: string;
    amount: Money;
    method: PaymentMethod;
  }): Promise<ChargeOutcome> {
    const { method } = request;
    const decline =
      method.type === 'card'
        ? SimulatedGateway.cardDecline(method.token)
        : SimulatedGateway.paypalDecline(method.payerEmail);
    return this.policies[method.type].execute(() =>
      this.gateways[method.type].charge(request.idempotencyKey, request.amount, decline),
    );
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
