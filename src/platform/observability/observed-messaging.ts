import type { EventEnvelope } from '../messaging/envelope.js';
import type { MessagingObserver } from '../messaging/observer.js';
import { ActingContext } from './acting-context.js';
import type { ShopMetrics } from './metrics.js';
import { SpanKind, Tracing } from './tracing.js';

/**
 * Times, counts and traces the relays and handlers. A handler's span is a
 * child of the span that wrote its event to the outbox (the `traceparent` the
 * envelope carries), so one order is one trace across every context it
 * reaches; a relay's batch span links to each event's trace.
 */
export class ObservedMessaging implements MessagingObserver {
  constructor(private readonly metrics: ShopMetrics) {}

  async publishing(
    context: string,
    envelopes: readonly EventEnvelope[],
    publish: () => Promise<void>,
  ): Promise<void> {
    const stop = this.metrics.relayPublish.startTimer({ context });
    // With tracing off, not even a span's attributes or links are made.
    await (Tracing.enabled ? publishInSpan(context, envelopes, publish) : publish());
    stop();
    for (const envelope of envelopes)
      this.metrics.eventsPublished.inc({ context, event: envelope.name });
  }

  async handling<T>(
    context: string,
    handler: string,
    envelope: EventEnvelope,
    run: () => Promise<T>,
  ): Promise<T> {
    const stop = this.metrics.handlerDuration.startTimer({ context, handler });
    try {
      return await ActingContext.run(context, () =>
        Tracing.enabled ? handleInSpan(context, handler, envelope, run) : run(),
      );
    } finally {
      stop();
      this.metrics.eventsHandled.inc({ context, handler, event: envelope.name });
    }
  }

  failed(context: string, handler: string, dead: boolean): void {
    this.metrics.handlerFailures.inc({ context, handler, outcome: dead ? 'dead' : 'retry' });
  }
}

/** A relay's batch as a producer span, linked to the trace of each event it carries. */
function publishInSpan(
  context: string,
  envelopes: readonly EventEnvelope[],
  publish: () => Promise<void>,
): Promise<void> {
  return Tracing.inSpan(
    `${context} relay publish`,
    { 'messaging.batch.message_count': envelopes.length, 'messaging.operation.type': 'send' },
    publish,
    {
      kind: SpanKind.PRODUCER,
      context,
      links: envelopes
        .map((envelope) => Tracing.contextOf(envelope.traceparent))
        .flatMap((parent) => {
          const span = Tracing.spanContextOf(parent);
          return span ? [{ context: span }] : [];
        }),
    },
  );
}

/** A handler's run as a consumer span, a child of the span that wrote its event. */
function handleInSpan<T>(
  context: string,
  handler: string,
  envelope: EventEnvelope,
  run: () => Promise<T>,
): Promise<T> {
  return Tracing.inSpan(
    `${handler} handles ${envelope.name}`,
    {
      'messaging.operation.type': 'process',
      'messaging.destination.name': envelope.name,
      'messaging.message.id': envelope.id,
      'emporium.handler': handler,
    },
    run,
    { kind: SpanKind.CONSUMER, context, parent: Tracing.contextOf(envelope.traceparent) },
  );
}
