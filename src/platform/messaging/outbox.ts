import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from '../domain/domain-event.js';
import { runStatement } from '../persistence/statements.js';
import type { AfterCommit, UnitOfWorkHooks } from '../persistence/units-of-work.js';
import type { EventEnvelope } from './envelope.js';
import type { IntegrationEvent, IntegrationEventMapper } from './integration-event.js';
import { Tracing } from '../observability/tracing.js';
import { MessageContext } from './message-context.js';
import { assertValidPayload } from './validation.js';

/**
 * Writes integration events to the context's outbox inside the caller's
 * transaction: no event without its state change, no state change without its
 * event. Each event gets the next sequence number of its aggregate; the row
 * lock on the aggregate's counter also serialises concurrent writers of one
 * aggregate, so sequence order is commit order.
 */
export function appendToOutbox(
  em: EntityManager,
  source: string,
  events: readonly IntegrationEvent[],
): Promise<EventEnvelope[]> {
  if (!Tracing.enabled) return append(em, source, events);
  // The span of the rows: each envelope carries it, and its handlers' spans are its children.
  return Tracing.inSpan(
    `${source} outbox append`,
    { 'emporium.events': events.map((event) => event.contract.name) },
    () => append(em, source, events),
    { context: source },
  );
}

async function append(
  em: EntityManager,
  source: string,
  events: readonly IntegrationEvent[],
): Promise<EventEnvelope[]> {
  for (const event of events) assertValidPayload(event.contract, event.payload);
  const { correlationId, causationId } = MessageContext.current();
  const traceparent = Tracing.traceparent();
  const byAggregate = new Map<string, EventEnvelope[]>();
  const envelopes = events.map((event): EventEnvelope => {
    const envelope: EventEnvelope = {
      id: randomUUID(),
      name: event.contract.name,
      version: event.contract.version,
      occurredAt: event.occurredAt.toISOString(),
      source,
      aggregateId: event.aggregateId,
      sequence: 0, // numbered by the database, below
      correlationId,
      causationId,
      payload: event.payload,
      ...(traceparent && { traceparent }),
    };
    const run = byAggregate.get(event.aggregateId);
    if (run) run.push(envelope);
    else byAggregate.set(event.aggregateId, [envelope]);
    return envelope;
  });
  // One statement per aggregate (nearly always one per unit of work).
  for (const [aggregateId, run] of byAggregate) {
    const numbered = await runStatement<{ event_id: string; sequence: string }>(em, APPEND_RUN, [
      aggregateId,
      run.length,
      run.map((e) => e.id),
      run.map((e) => e.name),
      run.map((e) => e.occurredAt),
      run.map((e) => JSON.stringify(e)),
    ]);
    const sequences = new Map(numbered.map((row) => [row.event_id, Number(row.sequence)]));
    for (const envelope of run) envelope.sequence = sequences.get(envelope.id)!;
  }
  return envelopes;
}

/**
 * Appends one aggregate's run of events, numbered after its last sequence:
 * the upsert of its counter takes the row lock that orders concurrent
 * writers of the aggregate (sequence order is commit order), and the rows
 * take their numbers from it — into their column and their envelope — in the
 * same statement, one round trip instead of two.
 */
const APPEND_RUN = `
  with counter as (
    insert into aggregate_sequences (aggregate_id, last_sequence) values ($1, $2)
    on conflict (aggregate_id) do update
      set last_sequence = aggregate_sequences.last_sequence + excluded.last_sequence
    returning last_sequence - $2 as before)
  insert into outbox (event_id, name, aggregate_id, sequence, occurred_at, envelope)
  select e.event_id, e.name, $1, counter.before + e.n, e.occurred_at,
         jsonb_set(e.envelope, '{sequence}', to_jsonb(counter.before + e.n))
  from counter,
       unnest($3::uuid[], $4::text[], $5::timestamptz[], $6::jsonb[])
         with ordinality as e(event_id, name, occurred_at, envelope, n)
  returning event_id, sequence`;

/** The signal a commit that added outbox rows raises (it wakes the relay of its process). */
export const OUTBOX_COMMITTED = 'outbox';

/**
 * Messaging's part in a context's units of work: the domain events a unit
 * raised become the integration events the context publishes, in its outbox,
 * in the same transaction; the commit then wakes the relay.
 */
export class OutboxWriter implements UnitOfWorkHooks {
  constructor(
    private readonly context: string,
    private readonly publishes: IntegrationEventMapper,
  ) {}

  async eventsRaised(
    em: EntityManager,
    events: readonly DomainEvent[],
    after: AfterCommit,
  ): Promise<void> {
    const outgoing = events.flatMap(this.publishes);
    if (outgoing.length === 0) return;
    await appendToOutbox(em, this.context, outgoing);
    after.signal(OUTBOX_COMMITTED);
  }
}
