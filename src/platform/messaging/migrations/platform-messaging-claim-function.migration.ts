import { Migration } from '@mikro-orm/migrations';
import { CLAIM_V1, claimInboxFunction } from './claim-inbox.sql.js';

/**
 * The inbox claim as a function of the context's schema, so that a worker
 * claims in one round trip instead of three (ADR 0028). The claim must walk
 * the `inbox_pending` index in arrival order and stop at its limit, on a plan
 * made once per connection; it used to get there with `set local` before and
 * after the statement. A function's own settings hold while it runs (also
 * while PL/pgSQL plans its query, once per connection and again after an
 * ANALYZE) and go back by themselves:
 *
 * - `enable_sort = off`: a queue's statistics lag behind it, and a backlog
 *   that grew since the last ANALYZE still looks like a few rows to the
 *   planner, which then reads and sorts every pending row (measured 42 ms for
 *   one claim over 8,600 pending rows, against 0.4 ms for the index walk);
 * - `plan_cache_mode = force_generic_plan`: left to choose, PostgreSQL planned
 *   the claim afresh on every run, and planning its anti-join probes the
 *   indexes' ends, which dead rows make slow.
 *
 * The condition is `TURN_HAS_COME` of `inbox.ts` as of this migration (a test
 * compares them): a later change of the claim is a new migration.
 */
export class InboxClaimFunction extends Migration {
  override name = '00000000000005-platform-messaging-claim-function';

  up(): void {
    this.addSql(claimInboxFunction(CLAIM_V1));
  }

  override down(): void {
    this.addSql('drop function claim_inbox(text[], integer)');
  }
}
