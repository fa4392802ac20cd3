import proxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../http/problem.filter.js';
import { RemoteContextUnavailable } from './remote-errors.js';

/** Requests under `prefix` belong to `context`, which answers at `upstream`. */
export interface RemoteRoute {
  readonly context: string;
  readonly prefix: string;
  readonly upstream: string;
}

/**
 * Makes the routes of contexts that run in other processes reachable here,
 * so a client uses one base URL whatever the topology. A well-kept proxy
 * (@fastify/http-proxy) forwards the request as it came — method, path,
 * query, body and every header, the bearer token and `x-request-id` among
 * them — and the other process authenticates the caller itself. A process
 * that does not answer gives the caller a 503 problem with Retry-After.
 */
export async function routeToRemoteContexts(
  fastify: FastifyInstance,
  routes: readonly RemoteRoute[],
  timeoutMs: number,
): Promise<void> {
  for (const route of routes) {
    await fastify.register(proxy, {
      upstream: route.upstream,
      prefix: route.prefix,
      rewritePrefix: route.prefix,
      undici: { headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: timeoutMs },
      replyOptions: {
        // The proxy's reply type is wider (HTTP/2 too); this server is HTTP/1.1.
        onError: (reply, { error }) =>
          sendProblem(
            new RemoteContextUnavailable(route.context, 1, error.message),
            reply.request as FastifyRequest,
            reply as unknown as FastifyReply,
          ),
      },
    });
  }
}
