import type { EventEnvelope } from './envelope.js';

/** A delivery of one event to one handler: a row of the inbox. */
export interface InboxRow {
  id: string;
  handler: string;
  /** Attempts made before this run. */
  attempts: number;
  envelope: EventEnvelope;
}

/** A delivery on its way into the inbox; `problems`: how it breaks its contract, if it does. */
export interface Delivery {
  readonly id: string;
  readonly handler: string;
  readonly envelope: EventEnvelope;
  readonly problems?: string;
}

/** `items` by key, each group in the order of `items`, the groups in the order of their first item. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const aggregateOf = ({ envelope }: { envelope: EventEnvelope }): string =>
  `${envelope.source}\u0000${envelope.aggregateId}`;

/**
 * `rows` in rounds: the first of each aggregate's events (with all its
 * deliveries), then the second, and so on, each round in the order of `rows`.
 * Running round after round keeps every aggregate's order across handlers,
 * while a round can still run handler by handler (a handler's deliveries of
 * one round together).
 */
export function inRounds(rows: readonly InboxRow[]): InboxRow[][] {
  const sequences = new Map<string, number[]>();
  for (const [aggregate, ofAggregate] of groupBy(rows, aggregateOf)) {
    const distinct = [...new Set(ofAggregate.map((row) => row.envelope.sequence))];
    sequences.set(
      aggregate,
      distinct.sort((a, b) => a - b),
    );
  }
  const rounds: InboxRow[][] = [];
  for (const row of rows) {
    const round = sequences.get(aggregateOf(row))!.indexOf(row.envelope.sequence);
    (rounds[round] ??= []).push(row);
  }
  return rounds;
}

/**
 * Which deliveries may run at once: none of an aggregate that has a
 * delivery breaking its contract in the same receipt (it stays unfinished,
 * as a dead letter, and holds the aggregate's later events back).
 */
export function runnableNow(deliveries: readonly Delivery[]): boolean[] {
  const held = new Set(
    deliveries.filter((delivery) => delivery.problems !== undefined).map(aggregateOf),
  );
  return deliveries.map((delivery) => !held.has(aggregateOf(delivery)));
}

/**
 * Stores deliveries in the inbox, dropping redeliveries (by event id and
 * handler), and answers the rows it stored with their status: dead letters
 * for those that break their contract, done for runnable ones (see
 * `storeParams`) of an aggregate with no unfinished delivery in the inbox (a
 * pending or dead one, of any handler of this context): they are handled in
 * this statement's transaction (ADR 0034). The rest are pending, for the
 * workers. The unfinished delivery is looked for with a subquery that probes
 * `inbox_context_order`, as `TURN_HAS_COME` does.
 */
export const STORE_DELIVERIES = `
  insert into inbox (id, event_id, handler, name, source, aggregate_id, sequence, envelope,
                     status, last_error, attempts, handled_at)
  select d.id, (d.envelope->>'id')::uuid, d.handler, d.envelope->>'name', d.envelope->>'source',
         d.envelope->>'aggregateId', (d.envelope->>'sequence')::bigint, d.envelope,
         s.status, d.error, (s.status = 'done')::int,
         case when s.status = 'done' then now() end
  from unnest($1::uuid[], $2::text[], $3::boolean[], $4::text[], $5::jsonb[])
         as d(id, handler, runnable, error, envelope),
       lateral (select case
         when d.error is not null then 'dead'
         when not d.runnable
           or (select 1 from inbox e
               where e.source = d.envelope->>'source' and e.aggregate_id = d.envelope->>'aggregateId'
                 and e.status <> 'done'
               limit 1) is not null then 'pending'
         else 'done' end as status) s
  on conflict (event_id, handler) do nothing
  returning id, status`;

/**
 * The parameters of `STORE_DELIVERIES` for `deliveries`; `handleNow`: whether
 * the caller handles in the same transaction those it may (otherwise all are
 * pending or dead).
 */
export function storeParams(deliveries: readonly Delivery[], handleNow: boolean): unknown[] {
  return [
    deliveries.map((delivery) => delivery.id),
    deliveries.map((delivery) => delivery.handler),
    handleNow ? runnableNow(deliveries) : deliveries.map(() => false),
    deliveries.map((delivery) =>
      delivery.problems === undefined ? null : `schema violation: ${delivery.problems}`,
    ),
    deliveries.map((delivery) => JSON.stringify(delivery.envelope)),
  ];
}
