/**
 * Where a context's events live on the broker: one stream per producing
 * context, one subject per versioned event name. `catalog.ProductCreated.v1`
 * is published on `events.catalog.ProductCreated.v1` into stream
 * `EVENTS_CATALOG`, which holds every subject under `events.catalog.>`.
 */
export const streamOf = (producer: string): string => `EVENTS_${producer.toUpperCase()}`;

export const subjectsOf = (producer: string): string => `events.${producer}.>`;

export const subjectOf = (eventName: string): string => `events.${eventName}`;

/** The producing context of a versioned event name (`catalog.ProductCreated.v1` → `catalog`). */
export const producerOf = (eventName: string): string => eventName.slice(0, eventName.indexOf('.'));
