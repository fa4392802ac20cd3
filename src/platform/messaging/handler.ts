import type { EventContract, PayloadOf } from './contract.js';
import type { EventEnvelope } from './envelope.js';

/** A consumer of integration events in one context. Runs inside that context's unit of work. */
export interface IntegrationEventHandler<C extends EventContract = EventContract> {
  handle(event: DeliveredEvent<C>): Promise<void>;
  /**
   * For a handler declared `together`: reads at once what `handle` will read for
   * these events, into the unit of work where each `handle` then finds it, before
   * they are handled one by one. Changes nothing.
   */
  preload?(events: readonly DeliveredEvent<C>[]): Promise<void>;
}

/** An event as a handler of its contract receives it. */
export type DeliveredEvent<C extends EventContract = EventContract> = C extends EventContract
  ? EventEnvelope<PayloadOf<C>> & { name: string }
  : never;

type HandlerClass = abstract new (...args: never[]) => IntegrationEventHandler;

/** A handler as a composed module hosts it. */
export interface HandlerRegistration {
  /** The events it handles; an aggregate's events reach it in order across all of them. */
  readonly contracts: readonly EventContract[];
  /** The consuming context: the context of the module that provides the handler. */
  readonly context: string;
  readonly instance: IntegrationEventHandler;
  /** Its deliveries claimed together run in one unit of work: see `HandlerOptions.together`. */
  readonly together: boolean;
  /** Stable name, `context.ClassName`: the inbox and dead letters key on it. */
  readonly name: string;
}

export interface HandlerOptions {
  /**
   * The deliveries of this handler that its inbox claims together run as one
   * unit of work: on one EntityManager, with one flush and one outbox write at
   * the end, instead of a flush and a write for each. Only for a handler that
   * reads what an earlier delivery may have changed through the unit's
   * EntityManager (whose identity map keeps the unflushed changes), never
   * through SQL of its own; a handler whose SQL writes take effect at once
   * qualifies as well. See ADR 0029.
   */
  readonly together?: boolean;
}

/** What `@OnIntegrationEvent` records of a class. */
type Handling = Pick<HandlerRegistration, 'contracts' | 'together'>;

const handled = new WeakMap<object, Handling>();

/**
 * Declares a class as a handler of one integration event, or of several
 * whose relative order matters (the events of one aggregate then reach it in
 * order across all of them). Provided by a context's module, it consumes for
 * that context: each delivery runs in the context's own transaction together
 * with its inbox record, so a redelivery has no second effect.
 */
export function OnIntegrationEvent<C extends EventContract>(
  contract: C | readonly C[],
  options: HandlerOptions = {},
) {
  return (target: abstract new (...args: never[]) => IntegrationEventHandler<C>): void => {
    handled.set(target, {
      contracts: Array.isArray(contract) ? [...(contract as readonly C[])] : [contract as C],
      together: options.together ?? false,
    });
  };
}

/** How a class handles integration events, or undefined when it is no integration event handler. */
export function handlingOf(type: HandlerClass | object): Handling | undefined {
  return handled.get(type);
}

/** The events a class handles, or undefined when it is no integration event handler. */
export function eventsHandledBy(type: HandlerClass | object): readonly EventContract[] | undefined {
  return handled.get(type)?.contracts;
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
