import { AggregateRoot, DomainEvent, type Money, newId } from '../../../platform/domain/index.js';
import type { ChargeOutcome, PaymentMethod } from './payment-processor.js';

export type PaymentStatus = 'captured' | 'failed' | 'refunded';

export interface PaymentHistoryEntry {
  readonly status: PaymentStatus;
  readonly at: string;
  readonly detail: string | null;
}

export class PaymentCaptured extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly orderId: string,
    readonly amount: Money,
    readonly providerReference: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class PaymentFailed extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly orderId: string,
    readonly reason: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class PaymentRefunded extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly orderId: string,
    readonly amount: Money,
    readonly providerReference: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

/** Everything a payment is made of, by its public names. */
export interface PaymentState {
  readonly id: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly amount: Money;
  readonly methodType: PaymentMethod['type'];
  readonly createdAt: Date;
  readonly status: PaymentStatus;
  readonly providerReference: string | null;
  readonly refundReference: string | null;
  readonly failureReason: string | null;
  readonly history: readonly PaymentHistoryEntry[];
}

/** The payment of one order: charged once, possibly refunded once. Stores no card data. */
export class Payment extends AggregateRoot {
  readonly id: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly amount: Money;
  readonly methodType: PaymentMethod['type'];
  readonly createdAt: Date;
  private _status: PaymentStatus;
  private _providerReference: string | null;
  private _refundReference: string | null;
  private _failureReason: string | null;
  private _history: readonly PaymentHistoryEntry[];
  private readonly version?: number;

  get status(): PaymentStatus {
    return this._status;
  }
  get providerReference(): string | null {
    return this._providerReference;
  }

  // The ORM hydrates stored payments without calling the constructor.
  private constructor(state: PaymentState) {
    super();
    this.id = state.id;
    this.orderId = state.orderId;
    this.customerId = state.customerId;
    this.amount = state.amount;
    this.methodType = state.methodType;
    this.createdAt = state.createdAt;
    this._status = state.status;
    this._providerReference = state.providerReference;
    this._refundReference = state.refundReference;
    this._failureReason = state.failureReason;
    this._history = state.history;
  }

  /** Records the provider's answer to the charge of an order. */
  static fromCharge(
    input: {
      orderId: string;
      customerId: string;
      amount: Money;
      /** Only its type is kept (a charge settled by reconciliation knows no more). */
      method: Pick<PaymentMethod, 'type'>;
      outcome: ChargeOutcome;
    },
    now: Date,
  ): Payment {
    const captured = input.outcome.outcome === 'captured';
    const payment = new Payment({
      id: newId(now.getTime()),
      orderId: input.orderId,
      customerId: input.customerId,
      amount: input.amount,
      methodType: input.method.type,
      createdAt: now,
      status: captured ? 'captured' : 'failed',
      providerReference: input.outcome.outcome === 'captured' ? input.outcome.reference : null,
      refundReference: null,
      failureReason: input.outcome.outcome === 'declined' ? input.outcome.reason : null,
      history: [
        {
          status: captured ? 'captured' : 'failed',
          at: now.toISOString(),
          detail: input.outcome.outcome === 'declined' ? input.outcome.reason : null,
        },
      ],
    });
    payment.raise(
      input.outcome.outcome === 'captured'
        ? new PaymentCaptured(
            payment.id,
            payment.orderId,
            payment.amount,
            input.outcome.reference,
            now,
          )
        : new PaymentFailed(payment.id, payment.orderId, input.outcome.reason, now),
    );
    return payment;
  }

  /** Whether a refund is owed: only a captured, not yet refunded payment. */
  get refundable(): boolean {
    return this._status === 'captured';
  }

  refunded(reference: string, now: Date): void {
    if (!this.refundable) return;
    this._status = 'refunded';
    this._refundReference = reference;
    this._history = [
      ...this._history,
      { status: 'refunded', at: now.toISOString(), detail: reference },
    ];
    this.raise(new PaymentRefunded(this.id, this.orderId, this.amount, reference, now));
  }
}
