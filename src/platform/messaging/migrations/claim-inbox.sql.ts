/**
 * The statement that (re)defines `claim_inbox` around `query`, the claim
 * itself: a function of the context's schema whose own settings hold while
 * it runs and plans (ADR 0028). Each version of the claim is a constant here
 * that a migration froze; a change is a new constant and a new migration.
 */
export const claimInboxFunction = (query: string, { replace = false } = {}): string => `
  create ${replace ? 'or replace ' : ''}function claim_inbox(handlers text[], batch integer)
    returns table (id uuid, handler text, attempts integer, envelope jsonb)
    language plpgsql
    set enable_sort = off
    set plan_cache_mode = force_generic_plan
    set search_path from current
  as $$
  #variable_conflict use_column
  begin
    return query
      ${query};
  end $$`;

/** The rows whose turn has come (`TURN_HAS_COME` of `inbox.ts`), oldest first, locked. */
const ELIGIBLE = `
  from inbox i
  where i.status = 'pending' and i.next_attempt_at <= now()
    and (select 1 from inbox e
         where e.source = i.source and e.aggregate_id = i.aggregate_id
           and e.status <> 'done' and e.sequence < i.sequence
         limit 1) is null
    and i.handler = any(handlers)
  order by i.received_at, i.sequence
  limit batch
  for update skip locked`;

/** Migration 00000000000005: claims the rows (ADR 0028). */
export const CLAIM_V1 = `select i.id, i.handler, i.attempts, i.envelope ${ELIGIBLE}`;

/** Migration 00000000000006: claims the rows and marks them done, answering the attempts made before (ADR 0030). */
export const CLAIM_V2 = `
  with claimed as (select i.id, i.attempts, i.received_at, i.sequence ${ELIGIBLE}),
  marked as (
    update inbox u set status = 'done', attempts = u.attempts + 1, handled_at = now()
    from claimed c where u.id = c.id
    returning u.id, u.handler, c.attempts, u.envelope, c.received_at, c.sequence)
  select m.id, m.handler, m.attempts, m.envelope from marked m
  order by m.received_at, m.sequence`;
