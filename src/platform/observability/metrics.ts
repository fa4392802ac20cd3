import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ContextDatabase } from '../persistence/context-database.js';
import { poolUsage } from '../persistence/statements.js';

/** Short operations: a handler run, a relay publication, an HTTP request. */
const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface OutboxFigures {
  waiting: string;
  oldest: number | null;
}

interface InboxFigures {
  state: 'pending' | 'retrying' | 'dead';
  count: string;
}

/**
 * The shop's Prometheus metrics, one registry per application: HTTP traffic,
 * messaging per context (label `context`), pools and the process. Counters
 * move as things happen; the backlog figures are read from each hosted
 * context's tables when Prometheus scrapes.
 */
export class ShopMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route template, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route template, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly handlerDuration = new Histogram({
    name: 'emporium_handler_duration_seconds',
    help: 'Time one integration event handler took for one event (successful or not).',
    labelNames: ['context', 'handler'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly handlerFailures = new Counter({
    name: 'emporium_handler_failures_total',
    help: 'Failed handler runs; outcome "retry" is retried later, "dead" became a dead letter.',
    labelNames: ['context', 'handler', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly eventsPublished = new Counter({
    name: 'emporium_events_published_total',
    help: 'Integration events a context’s relay handed to the transport, by event name.',
    labelNames: ['context', 'event'] as const,
    registers: [this.registry],
  });

  readonly eventsHandled = new Counter({
    name: 'emporium_events_handled_total',
    help: 'Integration events a consuming context’s handlers ran (a rolled-back batch counts again when rerun).',
    labelNames: ['context', 'handler', 'event'] as const,
    registers: [this.registry],
  });

  readonly relayPublish = new Histogram({
    name: 'emporium_relay_publish_duration_seconds',
    help: 'Time a context’s relay took to hand a batch of events to the transport.',
    labelNames: ['context'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly publicQueryCalls = new Counter({
    name: 'emporium_public_query_calls_total',
    help: 'Synchronous calls of a context’s public query, by serving context, query and calling context.',
    labelNames: ['context', 'query', 'caller'] as const,
    registers: [this.registry],
  });

  constructor(databases: () => readonly ContextDatabase[]) {
    collectDefaultMetrics({ register: this.registry });
    // Read first, before the scrape's own queries below take connections from the pools.
    const pool = new Gauge({
      name: 'emporium_db_pool_connections',
      help: 'Connections of a context’s database pool in use, and callers waiting for one.',
      labelNames: ['context', 'state'] as const,
      registers: [this.registry],
      collect: () => {
        for (const db of databases()) {
          const usage = poolUsage(db.orm);
          pool.set({ context: db.context, state: 'in_use' }, usage.inUse);
          pool.set({ context: db.context, state: 'waiting' }, usage.waiting);
        }
      },
    });
    // Both outbox gauges come from one query per scrape: the first gauge's
    // collect starts it, the second's (called right after) awaits the same one.
    let outboxRead: Promise<Map<string, OutboxFigures>> = Promise.resolve(
      new Map<string, OutboxFigures>(),
    );
    const readOutbox = async () =>
      new Map(
        await Promise.all(
          databases().map(async (db) => {
            const [row] = await db.query<OutboxFigures>(
              `select count(*) as waiting,
                 extract(epoch from now() - min(recorded_at))::float8 as oldest
               from outbox where published_at is null`,
            );
            return [db.context, row ?? { waiting: '0', oldest: null }] as const;
          }),
        ),
      );
    const outboxWaiting = new Gauge({
      name: 'emporium_outbox_waiting',
      help: 'Outbox rows not yet published.',
      labelNames: ['context'] as const,
      registers: [this.registry],
      collect: async () => {
        outboxRead = readOutbox();
        outboxWaiting.reset();
        for (const [context, row] of await outboxRead)
          outboxWaiting.set({ context }, Number(row.waiting));
      },
    });
    const outboxAge = new Gauge({
      name: 'emporium_outbox_oldest_age_seconds',
      help: 'Age of the oldest unpublished outbox row; 0 when none waits.',
      labelNames: ['context'] as const,
      registers: [this.registry],
      collect: async () => {
        outboxAge.reset();
        for (const [context, row] of await outboxRead) outboxAge.set({ context }, row.oldest ?? 0);
      },
    });
    const inbox = new Gauge({
      name: 'emporium_inbox_deliveries',
      help: 'Inbox deliveries not done: pending (never tried), retrying (failed, will retry) and dead (dead letters).',
      labelNames: ['context', 'state'] as const,
      registers: [this.registry],
      collect: async () => {
        inbox.reset();
        await Promise.all(
          databases().map(async (db) => {
            for (const state of ['pending', 'retrying', 'dead'] as const)
              inbox.set({ context: db.context, state }, 0);
            const rows = await db.query<InboxFigures>(
              `select case when status = 'dead' then 'dead'
                           when attempts = 0 then 'pending' else 'retrying' end as state,
                      count(*) as count
               from inbox where status <> 'done' group by 1`,
            );
            for (const row of rows)
              inbox.set({ context: db.context, state: row.state }, Number(row.count));
          }),
        );
      },
    });
  }

  /** The Prometheus text exposition of every metric. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
