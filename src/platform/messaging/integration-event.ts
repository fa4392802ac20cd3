import type { DomainEvent } from '../domain/domain-event.js';
import type { EventContract, PayloadOf } from './contract.js';

/** An integration event about to be published: a contract, the aggregate it is about, its payload. */
export interface IntegrationEvent<C extends EventContract = EventContract> {
  readonly contract: C;
  readonly aggregateId: string;
  readonly occurredAt: Date;
  readonly payload: PayloadOf<C>;
}

export function integrationEvent<C extends EventContract>(
  contract: C,
  aggregateId: string,
  occurredAt: Date,
  payload: PayloadOf<C>,
): IntegrationEvent<C> {
  return { contract, aggregateId, occurredAt, payload };
}

/**
 * Turns a context's domain events into the integration events it publishes.
 * Domain events that are nobody else's business map to nothing.
 */
export type IntegrationEventMapper = (event: DomainEvent) => readonly IntegrationEvent[];

type DomainEventClass<E extends DomainEvent> = abstract new (...args: never[]) => E;

/**
 * A context's table of which domain event becomes which integration event:
 *
 *   new IntegrationEvents()
 *     .on(ProductCreated, ProductCreatedV1, (e) => ({ productId: e.aggregateId, sku: e.sku }))
 *
 * The integration event is about the domain event's aggregate and occurred
 * when it did, unless `aggregateOf` keys it by another id (payments key theirs
 * by order, so an order's events keep their order). Domain events with no
 * rule are nobody else's business and map to nothing.
 */
export class IntegrationEvents {
  private readonly rules = new Map<unknown, (event: DomainEvent) => IntegrationEvent>();
  private readonly published: EventContract[] = [];

  on<E extends DomainEvent, C extends EventContract>(
    type: DomainEventClass<E>,
    contract: C,
    payload: (event: E) => PayloadOf<C>,
    aggregateOf: (event: E) => string = (event) => event.aggregateId,
  ): this {
    this.rules.set(type, (event) =>
      integrationEvent(contract, aggregateOf(event as E), event.occurredAt, payload(event as E)),
    );
    if (!this.published.includes(contract)) this.published.push(contract);
    return this;
  }

  /** The contracts this table publishes. */
  get contracts(): readonly EventContract[] {
    return this.published;
  }

  readonly map: IntegrationEventMapper = (event) => {
    const rule = this.rules.get(event.constructor);
    return rule ? [rule(event)] : [];
  };
}
