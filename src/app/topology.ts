import { type DynamicModule, Global, Module, type Provider, type Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import {
  type AppConfig,
  ConfigError,
  contextUrlVariable,
  parseContextUrl,
} from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/tokens.js';
import { eventsHandledBy } from '../platform/messaging/handler.js';
import type { RemoteRoute } from '../platform/topology/gateway.js';
import {
  injectedBy,
  type PublicQueryRegistration,
  publicQueriesServedBy,
} from '../platform/application/public-query.js';
import {
  InternalQueriesController,
  SERVED_PUBLIC_QUERIES,
} from '../platform/topology/internal-queries.controller.js';
import {
  RemoteQueryClient,
  remoteImplementation,
} from '../platform/topology/remote-query-client.js';
import {
  type RemoteProcess,
  SHOP_PROCESSES,
  ShopProcesses,
} from '../platform/topology/shop-processes.js';

/** Which contexts this process hosts, and where the others run (those that are declared). */
export interface Topology {
  readonly hosted: readonly string[];
  /** Base URL of each context hosted elsewhere, from `<CONTEXT>_URL`. */
  readonly remote: Readonly<Record<string, string>>;
  /** Whether events of contexts hosted elsewhere can arrive: a broker is set (NATS_URL). */
  readonly broker: boolean;
}

/** A context named in CONTEXTS and in `<CONTEXT>_URL` at once, or an unknown one: refused. */
export function resolveTopology(
  config: AppConfig,
  hosted: readonly string[],
  modules: Readonly<Record<string, Type>>,
): Topology {
  const remote: Record<string, string> = {};
  for (const [name, raw] of Object.entries(config.contextUrls)) {
    if (!(name in modules)) continue; // DATABASE_URL, NATS_URL…: not about a context
    if (hosted.includes(name)) {
      throw new ConfigError(
        contextUrlVariable(name),
        `unset while this process hosts ${name} (CONTEXTS)`,
        raw,
      );
    }
    remote[name] = parseContextUrl(name, raw);
  }
  if (Object.keys(remote).length > 0 && !config.AUTH_JWT_SECRET) {
    throw new ConfigError(
      'AUTH_JWT_SECRET',
      'the same key in every process of a deployment that runs contexts elsewhere',
      undefined,
    );
  }
  return { hosted, remote, broker: Boolean(config.NATS_URL) };
}

/**
 * Refuses, in one line naming NATS_URL, a hosted context that consumes events of a
 * context hosted elsewhere when no broker can bring them: they would never arrive.
 */
function assertEventsCanArrive(topology: Topology, modules: Readonly<Record<string, Type>>): void {
  if (topology.broker) return;
  for (const context of topology.hosted) {
    for (const provider of (Reflect.getMetadata('providers', modules[context]!) ?? []) as Type[]) {
      const consumed = typeof provider === 'function' ? eventsHandledBy(provider) : undefined;
      const missing = consumed?.find((contract) => !topology.hosted.includes(contract.producer));
      if (!missing) continue;
      throw new ConfigError(
        'NATS_URL',
        `set (or ${missing.producer} hosted here in CONTEXTS): ${context} consumes ${missing.name} (${provider.name})`,
        undefined,
      );
    }
  }
}

/**
 * Public queries across processes: the hosted contexts' queries answered to
 * other processes (`InternalQueriesController`), and the queries they ask of
 * contexts that run elsewhere, answered over HTTP. Refuses to start, in one
 * line, when a hosted context asks a context that is neither hosted nor
 * declared remote, or consumes events of one hosted elsewhere with no broker.
 * What each context serves, injects and consumes is read from its module, not
 * from a list.
 */
export function topologyModule(
  topology: Topology,
  modules: Readonly<Record<string, Type>>,
  stoodIn: {
    /** Tokens the caller provides itself (a test's stand-in), asked of nobody. */
    readonly queries?: ReadonlySet<unknown>;
    /** The caller feeds what absent producers' events would bring (a test): not refused. */
    readonly producers?: boolean;
  } = {},
): DynamicModule {
  const provided = stoodIn.queries ?? new Set();
  const served = new Map<unknown, PublicQueryRegistration>();
  for (const module of Object.values(modules)) {
    for (const query of publicQueriesServedBy(module)) served.set(query.query, query);
  }
  const asked = new Set<PublicQueryRegistration>();
  for (const context of topology.hosted) {
    for (const [token, users] of injectedBy(modules[context]!)) {
      const query = served.get(token);
      if (!query || topology.hosted.includes(query.context) || provided.has(token)) continue;
      if (!topology.remote[query.context]) {
        throw new ConfigError(
          contextUrlVariable(query.context),
          `set (or ${query.context} hosted here in CONTEXTS): ${context} asks ${query.context}'s ${query.query.name} (${users.join(', ')})`,
          undefined,
        );
      }
      asked.add(query);
    }
  }
  if (!stoodIn.producers) assertEventsCanArrive(topology, modules);
  const remote: Provider[] = [...asked].map((query) => ({
    provide: query.query,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) =>
      remoteImplementation(
        query,
        new RemoteQueryClient(
          query.context,
          topology.remote[query.context]!,
          config.AUTH_JWT_SECRET,
          {
            timeoutMs: config.REMOTE_TIMEOUT_MS,
            retries: config.REMOTE_RETRIES,
            breakerThreshold: config.REMOTE_BREAKER_THRESHOLD,
            halfOpenAfterMs: config.REMOTE_HALF_OPEN_AFTER_MS,
          },
        ),
      ),
  }));
  const hostedQueries = [...served.values()].filter((query) =>
    topology.hosted.includes(query.context),
  );
  return {
    module: TopologyModule,
    controllers: [InternalQueriesController],
    providers: [
      { provide: SERVED_PUBLIC_QUERIES, useValue: hostedQueries },
      {
        provide: SHOP_PROCESSES,
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) =>
          new ShopProcesses(remoteProcesses(topology, modules), config.GATEWAY_TIMEOUT_MS),
      },
      ...remote,
    ],
    exports: [SHOP_PROCESSES, ...[...asked].map((query) => query.query)],
  };
}

/** Global, so the hosted contexts inject a remote answer exactly as they would the local one. */
@Global()
@Module({})
class TopologyModule {}

/**
 * The route prefixes of each remote context, to forward to where it runs: each
 * route's path up to its first parameter (a controller without a path of its
 * own, such as recommendations', has routes under several prefixes).
 */
export function remoteRoutes(
  topology: Topology,
  modules: Readonly<Record<string, Type>>,
): RemoteRoute[] {
  return Object.entries(topology.remote).flatMap(([context, upstream]) =>
    routePrefixes(modules[context]!).map((prefix) => ({ context, prefix, upstream })),
  );
}

const pathsOf = (target: object): string[] =>
  [(Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined) ?? ''].flat();

/** The shortest prefixes under which a module's controllers answer (none of them under another). */
function routePrefixes(module: Type): string[] {
  const found = new Set<string>();
  for (const controller of (Reflect.getMetadata('controllers', module) ?? []) as Type[]) {
    const prototype = controller.prototype as Record<string, unknown>;
    const handlers = Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor') // the class: its path is the base
      .map((name) => prototype[name])
      .filter(
        (handler) => typeof handler === 'function' && Reflect.hasMetadata(PATH_METADATA, handler),
      );
    for (const base of pathsOf(controller)) {
      for (const path of handlers.flatMap((handler) => pathsOf(handler as object))) {
        const segments = `${base}/${path}`.split('/').filter(Boolean);
        const parameter = segments.findIndex((segment) => segment.startsWith(':'));
        const fixed = parameter === -1 ? segments : segments.slice(0, parameter);
        // A route that starts with a parameter would take every path: not forwarded.
        if (fixed.length > 0) found.add(`/${fixed.join('/')}`);
      }
    }
  }
  return [...found].filter(
    (prefix) => ![...found].some((other) => other !== prefix && prefix.startsWith(`${other}/`)),
  );
}

/** The other processes of the shop, one per base URL, with the contexts and route prefixes each answers. */
export function remoteProcesses(
  topology: Topology,
  modules: Readonly<Record<string, Type>>,
): RemoteProcess[] {
  const byUrl = new Map<string, { contexts: string[]; prefixes: string[] }>();
  for (const [context, baseUrl] of Object.entries(topology.remote)) {
    const process = byUrl.get(baseUrl) ?? { contexts: [], prefixes: [] };
    process.contexts.push(context);
    byUrl.set(baseUrl, process);
  }
  for (const route of remoteRoutes(topology, modules))
    byUrl.get(route.upstream)!.prefixes.push(route.prefix);
  return [...byUrl].map(([baseUrl, { contexts, prefixes }]) => ({
    baseUrl,
    contexts: contexts.sort(),
    prefixes,
  }));
}
