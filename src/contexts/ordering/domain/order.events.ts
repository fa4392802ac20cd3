import { DomainEvent, type Money } from '../../../platform/domain/index.js';
import type { OrderStatus, RejectionReason } from './order-status.js';
import type { ShippingAddress } from './order-values.js';
import type { PaymentMethod } from './payment-method.js';

export class OrderPlaced extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly customerId: string,
    readonly lines: readonly { sku: string; quantity: number }[],
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class OrderAwaitingPayment extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly customerId: string,
    readonly amount: Money,
    readonly paymentMethod: PaymentMethod,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class OrderPaid extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly customerId: string,
    readonly lines: readonly { sku: string; quantity: number }[],
    readonly shippingAddress: ShippingAddress,
    readonly shippingCost: Money,
    readonly total: Money,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class OrderRejected extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly customerId: string,
    readonly reason: RejectionReason,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class OrderCancelled extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly customerId: string,
    readonly previousStatus: OrderStatus,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class OrderShipped extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly customerId: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class OrderDelivered extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly customerId: string,
    readonly total: Money,
    readonly occurredAt: Date,
  ) {
    super();
  }
}
