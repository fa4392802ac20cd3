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
 *
 * Two plain statements (a counter per aggregate, then every row at once):
 * measured cheaper for PostgreSQL than one statement that derives the
 * sequence numbers itself, which costs more to plan and to run
 * (docs/performance.md).
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
  const counts = new Map<string, number>();
  for (const event of events)
    counts.set(event.aggregateId, (counts.get(event.aggregateId) ?? 0) + 1);
  const next = new Map<string, number>();
  for (const [aggregateId, count] of counts) {
    const [row] = await runStatement<{ last: string }>(
      em,
      `insert into aggregate_sequences (aggregate_id, last_sequence) values ($1, $2)
       on conflict (aggregate_id) do update
         set last_sequence = aggregate_sequences.last_sequence + excluded.last_sequence
       returning last_sequence as last`,
      [aggregateId, count],
    );
    next.set(aggregateId, Number(row!.last) - count + 1);
  }
  const envelopes = events.map((event): EventEnvelope => {
    const sequence = next.get(event.aggregateId)!;
    next.set(event.aggregateId, sequence + 1);
    return {
      id: randomUUID(),
      name: event.contract.name,
      version: event.contract.version,
      occurredAt: event.occurredAt.toISOString(),
      source,
      aggregateId: event.aggregateId,
      sequence,
      correlationId,
      causationId,
      payload: event.payload,
      ...(traceparent && { traceparent }),
    };
  });
  await runStatement(
    em,
    `insert into outbox (event_id, name, aggregate_id, sequence, occurred_at, envelope) values ${envelopes
      .map(
        (_, i) =>
          `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6}::jsonb)`,
      )
      .join(', ')}`,
    envelopes.flatMap((e) => [
      e.id,
      e.name,
      e.aggregateId,
      e.sequence,
      e.occurredAt,
      JSON.stringify(e),
    ]),
  );
  return envelopes;
}

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
