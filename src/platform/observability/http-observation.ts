import { type Span, SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import type { Type } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { runRoutesInTheirContext } from './acting-context.routes.js';
import type { ShopMetrics } from './metrics.js';
import { Tracing } from './tracing.js';

const spans = new WeakMap<FastifyRequest, Span>();

/** Route templates keep the label set small: `/api/orders/:id`, never the id. */
const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? 'unmatched';

/**
 * Counts and times every HTTP request by route template, method and status;
 * runs each route in the context that owns it; with tracing on, opens its
 * server span, continuing an incoming `traceparent`.
 */
export function observeHttp(
  fastify: FastifyInstance,
  metrics: ShopMetrics,
  contextModules: Readonly<Record<string, Type>>,
): void {
  runRoutesInTheirContext(fastify, contextModules);
  if (Tracing.enabled) {
    fastify.addHook('onRequest', (request, _reply, done) => {
      const parent = Tracing.extract(request.headers);
      const span = trace.getTracer('emporium').startSpan(
        `${request.method} ${routeOf(request)}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            'http.request.method': request.method,
            'http.route': routeOf(request),
            'url.path': request.url.split('?')[0],
            'emporium.context': 'platform',
          },
        },
        parent,
      );
      spans.set(request, span);
      context.with(trace.setSpan(parent, span), done);
    });
  }
  fastify.addHook('onResponse', (request, reply, done) => {
    const labels = {
      method: request.method,
      route: routeOf(request),
      status: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    const span = spans.get(request);
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
}
