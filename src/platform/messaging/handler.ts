import type { EventContract, PayloadOf } from './contract.js';
import type { EventEnvelope } from './envelope.js';

/** A consumer of integration events in one context. Runs inside that context's unit of work. */
export interface IntegrationEventHandler<C extends EventContract = EventContract> {
  handle(
    event: C extends EventContract ? EventEnvelope<PayloadOf<C>> & { name: string } : never,
  ): Promise<void>;
}

type HandlerClass = abstract new (...args: never[]) => IntegrationEventHandler;

/** A handler as a composed module hosts it. */
export interface HandlerRegistration {
  /** The events it handles; an aggregate's events reach it in order across all of them. */
  readonly contracts: readonly EventContract[];
  /** The consuming context: the context of the module that provides the handler. */
  readonly context: string;
  readonly instance: IntegrationEventHandler;
  /** Stable name, `context.ClassName`: the inbox and dead letters key on it. */
  readonly name: string;
}

const handled = new WeakMap<object, readonly EventContract[]>();

/**
 * Declares a class as a handler of one integration event, or of several
 * whose relative order matters (the events of one aggregate then reach it in
 * order across all of them). Provided by a context's module, it consumes for
 * that context: each delivery runs in the context's own transaction together
 * with its inbox record, so a redelivery has no second effect.
 */
export function OnIntegrationEvent<C extends EventContract>(contract: C | readonly C[]) {
  return (target: abstract new (...args: never[]) => IntegrationEventHandler<C>): void => {
    handled.set(
      target,
      Array.isArray(contract) ? [...(contract as readonly C[])] : [contract as C],
    );
  };
}

/** The events a class handles, or undefined when it is no integration event handler. */
export function eventsHandledBy(type: HandlerClass | object): readonly EventContract[] | undefined {
  return handled.get(type);
}

/**
 * Which contexts consume each event, read from the modules of every context
 * (hosted here or not): their providers that handle integration events. The
 * composition root gives it to the platform, which cannot know contexts.
 */
export type EventConsumers = ReadonlyMap<string, readonly string[]>;

/** Injection token of the `EventConsumers` of the whole shop. */
export const EVENT_CONSUMERS = Symbol('EventConsumers');

export function eventConsumersOf(
  modules: Readonly<Record<string, abstract new (...args: never[]) => unknown>>,
): EventConsumers {
  const consumers = new Map<string, string[]>();
  for (const [context, module] of Object.entries(modules)) {
    const providers = (Reflect.getMetadata('providers', module) ?? []) as unknown[];
    for (const provider of providers) {
      if (typeof provider !== 'function') continue;
      for (const contract of eventsHandledBy(provider) ?? []) {
        const contexts = consumers.get(contract.name) ?? [];
        if (!contexts.includes(context)) contexts.push(context);
        consumers.set(contract.name, contexts);
      }
    }
  }
  return consumers;
}
