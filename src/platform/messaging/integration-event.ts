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
 *     .on(ProductCreated, (e) => integrationEvent(ProductCreatedV1, e.aggregateId, e.occurredAt, {...}))
 *
 * Domain events with no rule are nobody else's business and map to nothing.
 */
export class IntegrationEvents {
  private readonly rules = new Map<unknown, (event: DomainEvent) => IntegrationEvent>();

  on<E extends DomainEvent>(type: DomainEventClass<E>, rule: (event: E) => IntegrationEvent): this {
    this.rules.set(type, rule as (event: DomainEvent) => IntegrationEvent);
    return this;
  }

  readonly map: IntegrationEventMapper = (event) => {
    const rule = this.rules.get(event.constructor);
    return rule ? [rule(event)] : [];
  };
}
