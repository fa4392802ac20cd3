import type { DiscoveryService } from '@nestjs/core';
import { ContextDatabase } from '../persistence/context-database.js';
import { contractsByName, type EventContract } from './contract.js';
import { handlingOf, type HandlerRegistration, type IntegrationEventHandler } from './handler.js';
import { IntegrationEvents } from './integration-event.js';

type Wrapper = ReturnType<DiscoveryService['getProviders']>[number];

/**
 * The integration events a process knows: what its hosted contexts publish
 * (their `IntegrationEvents` tables) and the handlers they provide, found in
 * the modules actually composed — a process that hosts some contexts knows
 * theirs only.
 */
export class HostedEvents {
  /** Every contract published or consumed here, by name, sorted. */
  readonly contracts: ReadonlyMap<string, EventContract>;

  constructor(
    published: Iterable<EventContract>,
    readonly handlers: readonly HandlerRegistration[],
  ) {
    this.contracts = contractsByName([
      ...published,
      ...handlers.flatMap((handler) => handler.contracts),
    ]);
  }

  static discover(discovery: DiscoveryService): HostedEvents {
    const published: EventContract[] = [];
    const handlers: HandlerRegistration[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as unknown;
      const { metatype } = wrapper;
      if (instance instanceof IntegrationEvents) published.push(...instance.contracts);
      const handling = metatype ? handlingOf(metatype) : undefined;
      if (!handling || !metatype) continue;
      const context = contextOf(wrapper);
      if (!context) {
        throw new Error(
          `${metatype.name} handles integration events, but its module provides no context database: provide it in its context's module`,
        );
      }
      handlers.push({
        ...handling,
        context,
        instance: instance as IntegrationEventHandler,
        name: `${context}.${metatype.name}`,
      });
    }
    return new HostedEvents(published, handlers);
  }
}

/** The context whose module provides `wrapper`: the context of the database the module provides. */
function contextOf(wrapper: Wrapper): string | undefined {
  for (const sibling of wrapper.host?.providers.values() ?? []) {
    if (sibling.instance instanceof ContextDatabase) return sibling.instance.context;
  }
  return undefined;
}
