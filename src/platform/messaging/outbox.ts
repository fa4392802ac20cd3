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
 * The envelopes of `events`, valid against their contracts, carrying the
 * current message context and trace span; their sequences are given when they
 * are appended. With tracing on they are made inside a span of their own,
 * which the envelopes carry, so that their handlers' spans are its children.
 */
export function envelopesFor(
  source: string,
  events: readonly IntegrationEvent[],
): Promise<EventEnvelope[]> {
  if (!Tracing.enabled) return Promise.resolve(envelopes(source, events));
  return Tracing.inSpan(
    `${source} outbox append`,
    { 'emporium.events': events.map((event) => event.contract.name) },
    () => Promise.resolve(envelopes(source, events)),
    { context: source },
  );
}

function envelopes(source: string, events: readonly IntegrationEvent[]): EventEnvelope[] {
  for (const event of events) assertValidPayload(event.contract, event.payload);
  const { correlationId, causationId } = MessageContext.current();
  const traceparent = Tracing.traceparent();
  return events.map((event): EventEnvelope => ({
    id: randomUUID(),
    name: event.contract.name,
    version: event.contract.version,
    occurredAt: event.occurredAt.toISOString(),
    source,
    aggregateId: event.aggregateId,
    sequence: 0, // numbered by the database, in appendEnvelopes
    correlationId,
    causationId,
    payload: event.payload,
    ...(traceparent && { traceparent }),
  }));
}

/**
 * Writes envelopes to the context's outbox inside the caller's transaction
 * (no event without its state change, no state change without its event),
 * in one statement, and sets their sequence numbers: each event gets the next
 * of its aggregate, and the row lock on the aggregate's counter serialises
 * concurrent writers of one aggregate, so sequence order is commit order.
 * `APPEND_RUN` for one aggregate's events (a request's unit of work; it costs
 * PostgreSQL about half of `APPEND`), `APPEND` for several aggregates'.
 */
export async function appendEnvelopes(
  em: EntityManager,
  envelopes: readonly EventEnvelope[],
): Promise<void> {
  if (envelopes.length === 0) return;
  const [first] = envelopes;
  const oneAggregate = envelopes.every((e) => e.aggregateId === first!.aggregateId);
  const columns = [
    envelopes.map((e) => e.id),
    envelopes.map((e) => e.name),
    envelopes.map((e) => e.occurredAt),
    envelopes.map((e) => JSON.stringify(e)),
  ];
  const numbered = await runStatement<{ event_id: string; sequence: string }>(
    em,
    oneAggregate ? APPEND_RUN : APPEND,
    oneAggregate
      ? [first!.aggregateId, envelopes.length, ...columns]
      : [envelopes.map((e) => e.aggregateId), ...columns],
  );
  const sequences = new Map(numbered.map((row) => [row.event_id, Number(row.sequence)]));
  for (const envelope of envelopes) envelope.sequence = sequences.get(envelope.id)!;
}

/** Appends one aggregate's run of events, numbered after its last sequence (see `APPEND`). */
export const APPEND_RUN = `
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

/**
 * Appends events of one or more aggregates, each aggregate's run numbered
 * after its last sequence in the order given: the upsert of the counters takes
 * the row locks that order concurrent writers of an aggregate (sequence order
 * is commit order), in aggregate order so that two appends of several
 * aggregates cannot deadlock on them, and the rows take their numbers from it
 * — into their column and their envelope — in the same statement.
 */
export const APPEND = `
  with events as (
    select * from unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::jsonb[])
      with ordinality as e(aggregate_id, event_id, name, occurred_at, envelope, n)),
  counters as (
    insert into aggregate_sequences as s (aggregate_id, last_sequence)
    select aggregate_id, count(*) from events group by aggregate_id order by aggregate_id
    on conflict (aggregate_id) do update set last_sequence = s.last_sequence + excluded.last_sequence
    returning s.aggregate_id, s.last_sequence),
  numbered as (
    select e.*, c.last_sequence - count(*) over run + row_number() over (run order by e.n) as sequence
    from events e join counters c using (aggregate_id)
    window run as (partition by e.aggregate_id))
  insert into outbox (event_id, name, aggregate_id, sequence, occurred_at, envelope)
  select event_id, name, aggregate_id, sequence, occurred_at,
         jsonb_set(envelope, '{sequence}', to_jsonb(sequence))
  from numbered
  returning event_id, sequence`;

/** The signal a commit that added outbox rows raises (it wakes the relay of its process). */
export const OUTBOX_COMMITTED = 'outbox';

/**
 * Messaging's part in a context's units of work: the domain events a unit
 * raised become the integration events the context publishes, in its outbox,
 * in the same transaction; the commit then wakes the relay.
 */
export class OutboxWriter implements UnitOfWorkHooks<EventEnvelope> {
  constructor(
    private readonly context: string,
    private readonly publishes: IntegrationEventMapper,
  ) {}

  prepare(events: readonly DomainEvent[]): Promise<EventEnvelope[]> {
    const outgoing = events.flatMap(this.publishes);
    return outgoing.length === 0 ? Promise.resolve([]) : envelopesFor(this.context, outgoing);
  }

  async write(
    em: EntityManager,
    envelopes: readonly EventEnvelope[],
    after: AfterCommit,
  ): Promise<void> {
    if (envelopes.length === 0) return;
    await appendEnvelopes(em, envelopes);
    after.signal(OUTBOX_COMMITTED);
  }
}
