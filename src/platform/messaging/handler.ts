import type { ContextDatabase } from '../persistence/context-database.js';
import type { EventContract, PayloadOf } from './contract.js';
import type { EventEnvelope } from './envelope.js';

/** A consumer of integration events in one context. Runs inside that context's unit of work. */
export interface IntegrationEventHandler<C extends EventContract = EventContract> {
  handle(
    event: C extends EventContract ? EventEnvelope<PayloadOf<C>> & { name: string } : never,
  ): Promise<void>;
}

type DatabaseClass = abstract new (...args: never[]) => ContextDatabase;

export interface HandlerRegistration {
  /** The events it handles; an aggregate's events reach it in order across all of them. */
  readonly contracts: readonly EventContract[];
  /** The consuming context's database class; its static `context` names the context. */
  readonly database: DatabaseClass & { readonly context: string };
  readonly handlerClass: abstract new (...args: never[]) => IntegrationEventHandler;
  /** Stable name, `context.ClassName`: the inbox and dead letters key on it. */
  readonly name: string;
}

const registrations: HandlerRegistration[] = [];

/**
 * Declares a class as the consuming context's handler of one integration
 * event, or of several whose relative order matters (the events of one
 * aggregate then reach it in order across all of them). The class is also a
 * Nest provider of that context's module. Each delivery runs in the context's
 * own transaction together with its inbox record, so a redelivery has no
 * second effect.
 */
export function OnIntegrationEvent<C extends EventContract>(
  contract: C | readonly C[],
  database: DatabaseClass & { readonly context: string },
) {
  return (target: abstract new (...args: never[]) => IntegrationEventHandler<C>): void => {
    registrations.push({
      contracts: Array.isArray(contract) ? [...(contract as readonly C[])] : [contract as C],
      database,
      handlerClass: target,
      get name() {
        return `${database.context}.${target.name}`;
      },
    });
  };
}

export function handlerRegistrations(): readonly HandlerRegistration[] {
  return registrations;
}
