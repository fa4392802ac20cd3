import { Migration } from '@mikro-orm/migrations';

/** The inbox's trigger as this migration leaves it (dropped since; ADR 0012). */
export const CREATE_INBOX_NOTIFY_ON_INSERT =
  'create trigger inbox_notify after insert on inbox for each statement execute function notify_messaging()';

/**
 * Inbox claims in batches (docs/performance.md):
 * - `inbox_pending` lets a claim walk pending rows in arrival order and stop
 *   at its limit, instead of sorting every pending row on each claim;
 * - only new rows wake the workers. A worker that finishes an event claims
 *   again at once (which also finds the next event of that aggregate), so a
 *   NOTIFY on every status change only woke idle workers for nothing.
 */
export class BatchedInboxClaims extends Migration {
  override name = '00000000000001-platform-messaging-batched-claims';

  up(): void {
    this.addSql(
      `create index inbox_pending on inbox (received_at, sequence) where status = 'pending'`,
    );
    this.addSql('drop index inbox_ready');
    this.addSql('drop trigger inbox_notify on inbox');
    this.addSql(CREATE_INBOX_NOTIFY_ON_INSERT);
  }

  override down(): void {
    this.addSql('drop trigger inbox_notify on inbox');
    this.addSql(
      'create trigger inbox_notify after insert or update of status on inbox for each statement execute function notify_messaging()',
    );
    this.addSql(`create index inbox_ready on inbox (next_attempt_at) where status = 'pending'`);
    this.addSql('drop index inbox_pending');
  }
}
