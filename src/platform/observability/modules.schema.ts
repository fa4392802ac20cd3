/** The JSON Schema of `GET /api/admin/modules` (ModulesReport), for the OpenAPI document. */
const text = { type: 'string' };
const count = { type: 'integer', minimum: 0 };
const rate = { type: 'number', minimum: 0 };
const traffic = { total: count, perMinute: rate };
const object = (properties: Record<string, object>, required = Object.keys(properties)) => ({
  type: 'object',
  required,
  properties,
});
const processShape = object({
  host: text,
  pid: count,
  startedAt: { type: 'string', format: 'date-time' },
});

export const MODULES_REPORT_SCHEMA = object({
  process: object({ ...processShape.properties, contexts: { type: 'array', items: text } }),
  map: { type: 'string', description: 'The context map as a Mermaid flowchart.' },
  items: {
    type: 'array',
    items: object({
      name: text,
      hosted: { type: 'boolean' },
      process: { oneOf: [processShape, { type: 'null' }] },
      publishes: { type: 'array', items: object({ event: text, ...traffic }) },
      consumes: {
        type: 'array',
        items: object({ event: text, handler: text, from: text, ...traffic }),
      },
      serves: {
        type: 'array',
        items: object({ query: text, callers: { type: 'array', items: text }, ...traffic }),
      },
      calls: { type: 'array', items: object({ context: text, query: text, ...traffic }) },
      backlog: {
        oneOf: [
          object({
            outboxWaiting: count,
            outboxOldestAgeSeconds: rate,
            inboxPending: count,
            inboxRetrying: count,
            deadLetters: count,
          }),
          { type: 'null' },
        ],
      },
      extraction: object({
        syncCallsPerMinute: rate,
        eventsOutPerMinute: rate,
        eventsInPerMinute: rate,
        synchronousDependencies: count,
      }),
    }),
  },
});
