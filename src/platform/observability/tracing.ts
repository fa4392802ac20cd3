import {
  type Attributes,
  type Context,
  type Link,
  ROOT_CONTEXT,
  type Span,
  type SpanContext,
  SpanKind,
  SpanStatusCode,
  context,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { ActingContext } from './acting-context.js';

/**
 * The shop's spans, on the OpenTelemetry API. Everything here is a plain
 * call-through until `Tracing.enable()` (which the SDK's start calls): with
 * tracing off a request makes no span object and no context switch.
 */
let enabled = false;
const propagator = new W3CTraceContextPropagator();
const tracer = () => trace.getTracer('emporium');

/** A header map of any shape: a plain object, or NATS' `MsgHdrs` (get/set). */
export type HeaderCarrier =
  | Record<string, string | string[] | undefined>
  | { get(key: string): string; set(key: string, value: string): void };

const isMap = (
  carrier: HeaderCarrier,
): carrier is { get(key: string): string; set(key: string, value: string): void } =>
  typeof (carrier as { get?: unknown }).get === 'function';

const setter = {
  set(carrier: HeaderCarrier, key: string, value: string) {
    if (isMap(carrier)) carrier.set(key, value);
    else carrier[key] = value;
  },
};

const getter = {
  get(carrier: HeaderCarrier, key: string) {
    if (isMap(carrier)) return carrier.get(key) || undefined;
    return carrier[key] ?? carrier[key.toLowerCase()];
  },
  keys(carrier: HeaderCarrier) {
    return isMap(carrier) ? ['traceparent', 'tracestate'] : Object.keys(carrier);
  },
};

type SpanOptions = { kind?: SpanKind; parent?: Context; links?: Link[]; context?: string };

async function traced<T>(
  name: string,
  attributes: Attributes,
  work: (span?: Span) => Promise<T>,
  options: SpanOptions,
): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(
    name,
    {
      kind: options.kind ?? SpanKind.INTERNAL,
      attributes: {
        'emporium.context': options.context ?? ActingContext.current(),
        ...attributes,
      },
      links: options.links,
    },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}

export const Tracing = {
  get enabled(): boolean {
    return enabled;
  },

  enable(on: boolean): void {
    enabled = on;
  },

  /**
   * Runs `work` in a new span, a child of the active one (or of `parent`),
   * named after the acting context (`emporium.context`). Failures mark the
   * span as errored and are rethrown.
   */
  inSpan<T>(
    name: string,
    attributes: Attributes,
    work: (span?: Span) => Promise<T>,
    options: SpanOptions = {},
  ): Promise<T> {
    if (enabled) return traced(name, attributes, work, options);
    // Not an async function: with tracing off, the work's own promise is returned as it is.
    try {
      return work();
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },

  /** The W3C `traceparent` of the active span, to store with an event; undefined when tracing is off. */
  traceparent(): string | undefined {
    if (!enabled) return undefined;
    const carrier: Record<string, string> = {};
    propagator.inject(context.active(), carrier, setter);
    return carrier.traceparent;
  },

  /** The context a stored `traceparent` continues (the root when there is none). */
  contextOf(traceparent: string | undefined): Context {
    if (!traceparent) return ROOT_CONTEXT;
    return propagator.extract(ROOT_CONTEXT, { traceparent }, getter);
  },

  /** The span context a `contextOf` result holds, if it holds a valid one. */
  spanContextOf(from: Context): SpanContext | undefined {
    const span = trace.getSpanContext(from);
    return span && trace.isSpanContextValid(span) ? span : undefined;
  },

  /** Writes the active W3C trace context into a header map (e.g. a NATS message's headers). */
  inject(headers: HeaderCarrier, from: Context = context.active()): void {
    if (enabled) propagator.inject(from, headers, setter);
  },

  /** The W3C trace context a header map carries (an HTTP request's, a NATS message's). */
  extract(headers: HeaderCarrier): Context {
    return propagator.extract(ROOT_CONTEXT, headers, getter);
  },

  /** `trace_id` and `span_id` of the active span, for log lines; empty when there is none. */
  logFields(): { trace_id?: string; span_id?: string } {
    if (!enabled) return {};
    const span = trace.getActiveSpan();
    if (!span) return {};
    const { traceId, spanId } = span.spanContext();
    return { trace_id: traceId, span_id: spanId };
  },
};

export { SpanKind };
