import { DomainEvent, type Money } from '../../../platform/domain/index.js';

export class ProductCreated extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly sku: string,
    readonly name: string,
    readonly category: string,
    readonly price: Money,
    readonly weightGrams: number,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class ProductPriceChanged extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly sku: string,
    readonly previousPrice: Money,
    readonly price: Money,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class ProductDiscontinued extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly sku: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}
