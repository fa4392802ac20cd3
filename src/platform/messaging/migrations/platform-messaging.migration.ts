import { Migration } from '@mikro-orm/migrations';

/** The NOTIFY trigger function and the outbox's trigger (dropped since; ADR 0012). */
export const CREATE_NOTIFY_FUNCTION = `
      create function notify_messaging() returns trigger language plpgsql as $$
      begin
        perform pg_notify(tg_table_schema || '_' || tg_table_name, '');
        return null;
      end $$`;
export const CREATE_OUTBOX_NOTIFY =
  'create trigger outbox_notify after insert on outbox for each statement execute function notify_messaging()';

/**
 * The messaging tables every context has in its own schema: the outbox (and
 * event log) of what it publishes, and the inbox of what it consumes.
 */
export class CreateMessagingTables extends Migration {
  override name = '00000000000000-platform-messaging';

  up(): void {
    this.addSql(`
      create table outbox (
        position bigserial primary key,
        event_id uuid not null unique,
        name text not null,
        aggregate_id text not null,
        sequence bigint not null,
        occurred_at timestamptz not null,
        recorded_at timestamptz not null default now(),
        envelope jsonb not null,
        published_at timestamptz,
        constraint outbox_aggregate_sequence unique (aggregate_id, sequence)
      )`);
    this.addSql('create index outbox_unpublished on outbox (position) where published_at is null');
    this.addSql('create index outbox_log on outbox (recorded_at)');
    this.addSql(`
      create table aggregate_sequences (
        aggregate_id text primary key,
        last_sequence bigint not null
      )`);
    this.addSql(`
      create table inbox (
        id uuid primary key,
        event_id uuid not null,
        handler text not null,
        name text not null,
        source text not null,
        aggregate_id text not null,
        sequence bigint not null,
        envelope jsonb not null,
        status text not null check (status in ('pending', 'done', 'dead')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        received_at timestamptz not null default now(),
        first_failed_at timestamptz,
        last_failed_at timestamptz,
        last_error text,
        handled_at timestamptz,
        constraint inbox_event_handler unique (event_id, handler)
      )`);
    this.addSql(`create index inbox_ready on inbox (next_attempt_at) where status = 'pending'`);
    this.addSql(
      `create index inbox_aggregate_order on inbox (handler, source, aggregate_id, sequence) where status <> 'done'`,
    );
    this.addSql(`create index inbox_handled on inbox (handled_at) where status = 'done'`);
    // Wake relays and dispatchers (in any replica) as soon as a row commits.
    this.addSql(CREATE_NOTIFY_FUNCTION);
    this.addSql(CREATE_OUTBOX_NOTIFY);
    this.addSql(
      'create trigger inbox_notify after insert or update of status on inbox for each statement execute function notify_messaging()',
    );
  }
}
