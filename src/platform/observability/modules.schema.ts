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

const nullable = (shape: object) => ({ oneOf: [shape, { type: 'null' }] });
const runningProcess = object({
  ...processShape.properties,
  contexts: { type: 'array', items: text },
  broker: {
    ...nullable(
      object({
        status: { type: 'string', enum: ['connecting', 'connected', 'reconnecting', 'closed'] },
        since: { type: 'string', format: 'date-time' },
      }),
    ),
    description: 'The process’s connection to NATS JetStream; null when events stay in process.',
  },
});

export const MODULES_REPORT_SCHEMA = object({
  process: runningProcess,
  processes: {
    type: 'array',
    description: 'The other processes of the shop (`<CONTEXT>_URL`) and whether they answered.',
    items: object({
      baseUrl: text,
      contexts: { type: 'array', items: text },
      status: { type: 'string', enum: ['running', 'unreachable'] },
      process: nullable(runningProcess),
    }),
  },
  map: { type: 'string', description: 'The context map as a Mermaid flowchart.' },
  items: {
    type: 'array',
    items: object({
      name: text,
      hosted: { type: 'boolean', description: 'Hosted by the process that answers.' },
      hostedBy: {
        type: ['string', 'null'],
        description:
          '`this process`, the base URL of the process that hosts it, or null when not known here.',
      },
      status: {
        type: 'string',
        enum: ['running', 'unreachable', 'elsewhere'],
        description:
          '`unreachable`: its process did not answer (its figures are missing); `elsewhere`: hosted by a process not asked.',
      },
      process: nullable(processShape),
      consumerLag: {
        ...nullable({
          type: 'array',
          items: object({
            stream: text,
            pending: count,
            unacknowledged: count,
            active: { type: 'boolean' },
          }),
        }),
        description:
          'Its durable consumers of other processes’ event streams (empty without NATS); null when not known.',
      },
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
