import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from './envelope.js';
import type { IntegrationEvent } from './integration-event.js';
import { MessageContext } from './message-context.js';
import { assertValidPayload } from './validation.js';

/**
 * Writes integration events to the context's outbox inside the caller's
 * transaction: no event without its state change, no state change without its
 * event. Each event gets the next sequence number of its aggregate; the row
 * lock on the aggregate's counter also serialises concurrent writers of one
 * aggregate, so sequence order is commit order.
 *
 * One statement does it all (counters, sequence numbers, rows): every unit of
 * work that publishes pays one round trip for it, not one per aggregate plus one.
 */
export async function appendToOutbox(
  em: EntityManager,
  source: string,
  events: readonly IntegrationEvent[],
): Promise<EventEnvelope[]> {
  for (const event of events) assertValidPayload(event.contract, event.payload);
  const { correlationId, causationId } = MessageContext.current();
  const drafts = events.map((event): Omit<EventEnvelope, 'sequence'> => ({
    id: randomUUID(),
    name: event.contract.name,
    version: event.contract.version,
    occurredAt: event.occurredAt.toISOString(),
    source,
    aggregateId: event.aggregateId,
    correlationId,
    causationId,
    payload: event.payload,
  }));
  // Per aggregate: `n` is the event's place among its events here and `batch` their
  // number, added to the aggregate's counter at once (ON CONFLICT cannot touch a row twice).
  const rows = await em.execute<{ event_id: string; sequence: string }[]>(
    `with draft as (
       select e, i, e->>'aggregateId' as aggregate_id,
              row_number() over (partition by e->>'aggregateId' order by i) as n,
              count(*) over (partition by e->>'aggregateId') as batch
       from jsonb_array_elements(?::jsonb) with ordinality as d(e, i)
     ), counted as (
       insert into aggregate_sequences (aggregate_id, last_sequence)
       select distinct aggregate_id, batch from draft
       on conflict (aggregate_id) do update
         set last_sequence = aggregate_sequences.last_sequence + excluded.last_sequence
       returning aggregate_id, last_sequence
     )
     insert into outbox (event_id, name, aggregate_id, sequence, occurred_at, envelope)
     select (d.e->>'id')::uuid, d.e->>'name', d.aggregate_id, s.sequence,
            (d.e->>'occurredAt')::timestamptz, jsonb_set(d.e, '{sequence}', to_jsonb(s.sequence))
     from draft d
     join counted c using (aggregate_id)
     cross join lateral (select c.last_sequence - d.batch + d.n as sequence) s
     order by d.i
     returning event_id, sequence`,
    [JSON.stringify(drafts)],
  );
  const sequences = new Map(rows.map((row) => [row.event_id, Number(row.sequence)]));
  return drafts.map((draft) => ({ ...draft, sequence: sequences.get(draft.id)! }));
}
