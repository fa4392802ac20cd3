import { Migration } from '@mikro-orm/migrations';

/**
 * The inbox claim marks what it claims as done, in the same statement (ADR
 * 0029): the claim runs in the transaction that holds the handlers' effects,
 * so a failure rolls the mark back with them, exactly as it rolled back the
 * separate update that marked the rows after the handlers had run — one round
 * trip less per batch. It answers with the attempts made before this one (a
 * failure counts from there) and in arrival order.
 *
 * The condition is `TURN_HAS_COME` of `inbox.ts` as of this migration (a test
 * compares them): a later change of the claim is a new migration.
 */
export class InboxClaimMarksDone extends Migration {
  override name = '00000000000006-platform-messaging-claim-marks-done';

  up(): void {
    this.addSql(`
      create or replace function claim_inbox(handlers text[], batch integer)
        returns table (id uuid, handler text, attempts integer, envelope jsonb)
        language plpgsql
        set enable_sort = off
        set plan_cache_mode = force_generic_plan
        set search_path from current
      as $$
      #variable_conflict use_column
      begin
        return query
          with claimed as (
            select i.id, i.attempts, i.received_at, i.sequence from inbox i
            where i.status = 'pending' and i.next_attempt_at <= now()
              and (select 1 from inbox e
                   where e.source = i.source and e.aggregate_id = i.aggregate_id
                     and e.status <> 'done' and e.sequence < i.sequence
                   limit 1) is null
              and i.handler = any(handlers)
            order by i.received_at, i.sequence
            limit batch
            for update skip locked),
          marked as (
            update inbox u set status = 'done', attempts = u.attempts + 1, handled_at = now()
            from claimed c where u.id = c.id
            returning u.id, u.handler, c.attempts, u.envelope, c.received_at, c.sequence)
          select m.id, m.handler, m.attempts, m.envelope from marked m
          order by m.received_at, m.sequence;
      end $$`);
  }

  override down(): void {
    this.addSql(`
      create or replace function claim_inbox(handlers text[], batch integer)
        returns table (id uuid, handler text, attempts integer, envelope jsonb)
        language plpgsql
        set enable_sort = off
        set plan_cache_mode = force_generic_plan
        set search_path from current
      as $$
      #variable_conflict use_column
      begin
        return query
          select i.id, i.handler, i.attempts, i.envelope from inbox i
          where i.status = 'pending' and i.next_attempt_at <= now()
            and (select 1 from inbox e
                 where e.source = i.source and e.aggregate_id = i.aggregate_id
                   and e.status <> 'done' and e.sequence < i.sequence
                 limit 1) is null
            and i.handler = any(handlers)
          order by i.received_at, i.sequence
          limit batch
          for update skip locked;
      end $$`);
  }
}
