import { Migration } from '@mikro-orm/migrations';
import { CLAIM_V1, CLAIM_V2, claimInboxFunction } from './claim-inbox.sql.js';

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
    this.addSql(claimInboxFunction(CLAIM_V2, { replace: true }));
  }

  override down(): void {
    this.addSql(claimInboxFunction(CLAIM_V1, { replace: true }));
  }
}
