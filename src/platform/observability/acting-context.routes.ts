import type { Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import { trace } from '@opentelemetry/api';
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { ActingContext } from './acting-context.js';
import { controllerContexts } from './system-shape.js';
import { Tracing } from './tracing.js';

/** The route config key naming the context that owns a route's controller. */
const OWNER = 'emporiumContext';

/**
 * Writes the owning context into the Fastify route config of every route of
 * every context's controllers, as `@RouteConfig()` would (merged with what is
 * there, such as a rate limit), so that each route is registered with it.
 */
function markRouteOwners(modules: Readonly<Record<string, Type>>): void {
  for (const [controller, owner] of controllerContexts(modules)) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const route = prototype[name];
      if (typeof route !== 'function' || !Reflect.hasOwnMetadata(PATH_METADATA, route)) continue;
      const config = (Reflect.getOwnMetadata(FASTIFY_ROUTE_CONFIG_METADATA, route) ?? {}) as object;
      Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, [OWNER]: owner }, route);
    }
  }
}

/**
 * Runs each route in the context that owns its controller, so that the
 * request's span, the commands it sends and the public queries it calls are
 * attributed to that context. A `preHandler` hook of each owned route, given
 * its owner when the route is registered, rather than a Nest interceptor: any
 * interceptor puts every route through Nest's RxJS pipeline, about 7 % of a
 * read's CPU (docs/performance.md). Must run before the routes
 * are registered (before `app.init()`).
 */
export function runRoutesInTheirContext(
  fastify: FastifyInstance,
  modules: Readonly<Record<string, Type>>,
): void {
  markRouteOwners(modules);
  fastify.addHook('onRoute', (route) => {
    const owner = (route.config as { [OWNER]?: string } | undefined)?.[OWNER];
    if (owner === undefined) return;
    const inOwner: preHandlerHookHandler = (_request, _reply, done) => {
      if (Tracing.enabled) trace.getActiveSpan()?.setAttribute('emporium.context', owner);
      ActingContext.run(owner, done);
    };
    const others = route.preHandler;
    route.preHandler = others ? [...(Array.isArray(others) ? others : [others]), inOwner] : inOwner;
  });
}
