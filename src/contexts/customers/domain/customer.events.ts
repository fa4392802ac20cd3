import { DomainEvent } from '../../../platform/domain/index.js';
import type { Address } from './address.js';
import type { Tier } from './tier.js';

export class CustomerRegistered extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly tier: Tier,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class CustomerTierChanged extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly previousTier: Tier,
    readonly tier: Tier,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class CustomerAddressAdded extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly address: Address,
    readonly occurredAt: Date,
  ) {
    super();
  }
}
