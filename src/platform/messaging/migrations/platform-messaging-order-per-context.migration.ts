import { Migration } from '@mikro-orm/migrations';

/**
 * An aggregate's events are handled in order across every handler of the
 * consuming context, not only within each handler (ADR 0008, amended): the
 * claim now asks "is an earlier event of this aggregate unfinished for any
 * handler here?", which this index answers, in place of the per-handler one.
 */
export class OrderPerContext extends Migration {
  override name = '00000000000003-platform-messaging-order-per-context';

  up(): void {
    this.addSql(
      `create index inbox_context_order on inbox (source, aggregate_id, sequence) where status <> 'done'`,
    );
    this.addSql('drop index inbox_aggregate_order');
  }

  override down(): void {
    this.addSql(
      `create index inbox_aggregate_order on inbox (handler, source, aggregate_id, sequence) where status <> 'done'`,
    );
    this.addSql('drop index inbox_context_order');
  }
}
