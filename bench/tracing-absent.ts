/**
 * The shop's tracing module with the tracing taken out: every function a bare
 * call-through, no flag to check. `without-tracing.ts` puts it in the place of
 * src/platform/observability/tracing.js in the shop the tracing A/B compares
 * against (BENCH_TRACING_AB), so the A/B measures what tracing costs when it
 * is off: the shop as it runs by default against the same shop without it.
 */
import { ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import type { Tracing as TheShops } from '../src/platform/observability/tracing.js';

export const Tracing: typeof TheShops = {
  enabled: false,
  enable(on: boolean): void {
    if (on) throw new Error('this shop runs without its tracing code (BENCH_TRACING_AB)');
  },
  inSpan: (_name, _attributes, work) => work(),
  traceparent: () => undefined,
  contextOf: () => ROOT_CONTEXT,
  spanContextOf: () => undefined,
  inject: () => undefined,
  extract: () => ROOT_CONTEXT,
  logFields: () => ({}),
};

export { SpanKind };
