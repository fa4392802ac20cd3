import { register } from 'node:module';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace';
import type { AppConfig } from '../config/config.js';
import { Tracing } from './tracing.js';

type TracingConfig = Pick<
  AppConfig,
  'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_PROTOCOL' | 'OTEL_SERVICE_NAME'
>;

export interface TracingHandle {
  /** Exports what is still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK when an OTLP endpoint is configured (or a test
 * hands span processors of its own); otherwise does nothing at all and the
 * shop makes no span (ADR 0022). Call it before the application's modules are
 * imported: `hookEsm` registers the loader hook through which the pg
 * instrumentation sees the `pg` that MikroORM imports, so each SQL statement
 * is a span.
 */
export function startTracing(
  config: TracingConfig,
  options: { processors?: SpanProcessor[]; hookEsm?: boolean } = {},
): TracingHandle | undefined {
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const processors = [...(options.processors ?? [])];
  if (endpoint) {
    const url = `${endpoint}/v1/traces`;
    const exporter =
      config.OTEL_EXPORTER_OTLP_PROTOCOL === 'http/json'
        ? new JsonExporter({ url })
        : new ProtobufExporter({ url });
    processors.push(new BatchSpanProcessor({ exporter, scheduledDelayMillis: 1000 }));
  }
  if (processors.length === 0) return undefined;
  if (options.hookEsm) register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const sdk = new NodeSDK({
    serviceName: config.OTEL_SERVICE_NAME,
    spanProcessors: processors,
    instrumentations: [new PgInstrumentation({ requireParentSpan: true })],
  });
  sdk.start();
  Tracing.enable(true);
  return {
    shutdown: async () => {
      Tracing.enable(false);
      await sdk.shutdown();
    },
  };
}
