import { Cursor, type Page } from '../application/page.js';
import type { ContextDatabase } from '../persistence/context-database.js';
import type { EventEnvelope } from './envelope.js';

/**
 * Published events stay in their producer's outbox for the retention period:
 * the event log. Reads are in publication order.
 */
export async function readEventLog(
  producer: ContextDatabase,
  names: readonly string[],
  since: Date,
): Promise<EventEnvelope[]> {
  const rows = await producer.read((em) =>
    em.execute<{ envelope: EventEnvelope }[]>(
      `select envelope from outbox
       where name in (select jsonb_array_elements_text(?::jsonb)) and occurred_at >= ?
       order by position`,
      [JSON.stringify(names), since.toISOString()],
    ),
  );
  return rows.map((row) => row.envelope);
}

/** One page of a context's event log, oldest first, optionally of one event name. */
export async function pageOfEventLog(
  producer: ContextDatabase,
  filter: { name?: string; since?: Date },
  limit: number,
  cursor?: string,
): Promise<Page<EventEnvelope>> {
  const after = Cursor.decode(cursor, ['number'])?.[0] as number | undefined;
  const rows = await producer.read((em) =>
    em.execute<{ position: string; envelope: EventEnvelope }[]>(
      `select position, envelope from outbox
       where (?::text is null or name = ?) and (?::timestamptz is null or occurred_at >= ?)
         and position > ?
       order by position limit ?`,
      [
        filter.name ?? null,
        filter.name ?? null,
        filter.since?.toISOString() ?? null,
        filter.since?.toISOString() ?? null,
        after ?? 0,
        limit + 1,
      ],
    ),
  );
  const page = Cursor.page(rows, limit, (row) => [Number(row.position)]);
  return { items: page.items.map((row) => row.envelope), nextCursor: page.nextCursor };
}

/** Forgets published events and handled inbox rows older than the retention period. */
export async function purgeExpired(db: ContextDatabase, retentionDays: number): Promise<number> {
  return db.read(async (em) => {
    const cutoff = `now() - make_interval(days => ${Math.trunc(retentionDays)})`;
    const outbox = await em.execute(
      `with gone as (delete from outbox where published_at is not null and recorded_at < ${cutoff} returning 1) select count(*)::int as n from gone`,
    );
    const inbox = await em.execute(
      `with gone as (delete from inbox where status = 'done' and handled_at < ${cutoff} returning 1) select count(*)::int as n from gone`,
    );
    return Number(outbox[0]?.n ?? 0) + Number(inbox[0]?.n ?? 0);
  });
}
