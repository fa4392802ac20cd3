import { Type, type Static } from '@sinclair/typebox';

/**
 * What travels between contexts: the payload wrapped with everything a
 * consumer needs to deduplicate, order and trace it.
 */
export const EnvelopeSchema = Type.Object(
  {
    id: Type.String({
      format: 'uuid',
      description: 'Unique id of this event; consumers deduplicate on it.',
    }),
    name: Type.String({ description: 'Versioned event name, e.g. catalog.ProductCreated.v1.' }),
    version: Type.Integer({ minimum: 1 }),
    occurredAt: Type.String({ format: 'date-time' }),
    source: Type.String({ description: 'The producing context.' }),
    aggregateId: Type.String(),
    sequence: Type.Integer({
      minimum: 1,
      description: 'Position of the event among its aggregate’s events.',
    }),
    correlationId: Type.String({ description: 'The request or process the event belongs to.' }),
    causationId: Type.String({ description: 'The request or event that caused this one.' }),
    payload: Type.Record(Type.String(), Type.Unknown()),
    traceparent: Type.Optional(
      Type.String({
        pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
        description:
          'W3C trace context of the span that published the event; handlers continue its trace. Absent when tracing is off.',
      }),
    ),
  },
  { additionalProperties: false },
);

export type EventEnvelope<P = Record<string, unknown>> = Omit<
  Static<typeof EnvelopeSchema>,
  'payload'
> & {
  readonly payload: P;
};
