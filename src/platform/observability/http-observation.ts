import { type Span, SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ShopMetrics } from './metrics.js';
import { Tracing } from './tracing.js';

const spans = new WeakMap<FastifyRequest, Span>();

/** Route templates keep the label set small: `/api/orders/:id`, never the id. */
const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? 'unmatched';

/**
 * Counts and times every HTTP request by route template, method and status;
 * with tracing on, opens its server span, continuing an incoming `traceparent`.
 */
export function observeHttp(fastify: FastifyInstance, metrics: ShopMetrics): void {
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
