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
