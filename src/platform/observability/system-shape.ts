import type { Type } from '@nestjs/common';
import { type PublicQueryClass, publicQueriesServedBy } from '../application/public-query.js';
import { contractsByName, type EventContract } from '../messaging/contract.js';
import { eventsHandledBy } from '../messaging/handler.js';
import { IntegrationEvents } from '../messaging/integration-event.js';

/** One bounded context as the code declares it. */
export interface ContextShape {
  readonly name: string;
  /** Versioned names of the integration events it publishes. */
  readonly publishes: readonly string[];
  /** The events it consumes, by handler. */
  readonly consumes: readonly { readonly event: string; readonly handler: string }[];
  /** Its public queries (synchronous, answered to other contexts). */
  readonly serves: readonly string[];
  /** Other contexts' public queries it calls. */
  readonly calls: readonly { readonly context: string; readonly query: string }[];
}

type Provider = Type | { provide?: unknown; useClass?: Type };

/** What a module's providers declare about events: the table it publishes by, its handlers. */
export function moduleEvents(context: string, module: Type) {
  const providers = (Reflect.getMetadata('providers', module) ?? []) as unknown[];
  const published = providers.flatMap((provider) => {
    const value = (provider as { useValue?: unknown } | null)?.useValue;
    return value instanceof IntegrationEvents ? [...value.contracts] : [];
  });
  const handlers = providers.flatMap((provider) => {
    if (typeof provider !== 'function') return [];
    const contracts = eventsHandledBy(provider);
    return contracts ? [{ contracts, context, name: `${context}.${provider.name}` }] : [];
  });
  return { published, handlers };
}

/** Every event of the shop and every handler, from the modules of all its contexts. */
export function shopEvents(modules: Readonly<Record<string, Type>>) {
  const all = Object.entries(modules).map(([context, module]) => moduleEvents(context, module));
  const handlers = all.flatMap((one) => one.handlers);
  const contracts: ReadonlyMap<string, EventContract> = contractsByName([
    ...all.flatMap((one) => one.published),
    ...handlers.flatMap((handler) => handler.contracts),
  ]);
  return { contracts, handlers };
}

const classesOf = (module: Type, key: 'providers' | 'controllers'): Type[] =>
  ((Reflect.getMetadata(key, module) ?? []) as Provider[]).flatMap((provider) => {
    if (typeof provider === 'function') return [provider];
    return provider.useClass ? [provider.useClass] : [];
  });

/**
 * The shape of the shop drawn from the code: the contracts each context
 * defines, the handlers it registers, and the public queries its providers
 * inject (their constructor parameters). The same for the running system,
 * the generated docs and the console.
 */
export function systemShape(modules: Readonly<Record<string, Type>>): ContextShape[] {
  const { contracts: byName, handlers } = shopEvents(modules);
  const contracts = [...byName.values()];
  const queries = Object.values(modules).flatMap(publicQueriesServedBy);
  const contextOf = new Map<PublicQueryClass, string>(queries.map((q) => [q.query, q.context]));
  return Object.keys(modules)
    .sort()
    .map((name) => {
      const injected = new Set(
        [...classesOf(modules[name]!, 'providers'), ...classesOf(modules[name]!, 'controllers')]
          .flatMap((type) => (Reflect.getMetadata('design:paramtypes', type) ?? []) as unknown[])
          .filter((param): param is PublicQueryClass => contextOf.has(param as PublicQueryClass)),
      );
      return {
        name,
        publishes: contracts.filter((c) => c.producer === name).map((c) => c.name),
        consumes: handlers
          .filter((r) => r.context === name)
          .flatMap((r) => r.contracts.map((c) => ({ event: c.name, handler: r.name })))
          .sort((a, b) => a.event.localeCompare(b.event) || a.handler.localeCompare(b.handler)),
        serves: queries.filter((q) => q.context === name).map((q) => q.query.name),
        calls: [...injected]
          .filter((query) => contextOf.get(query) !== name)
          .map((query) => ({ context: contextOf.get(query)!, query: query.name })),
      };
    });
}

/** Which context owns each controller class, so a request can be attributed to it. */
export function controllerContexts(modules: Readonly<Record<string, Type>>): Map<Type, string> {
  return new Map(
    Object.entries(modules).flatMap(([name, module]) =>
      classesOf(module, 'controllers').map((controller) => [controller, name] as const),
    ),
  );
}
