import { Migration } from '@mikro-orm/migrations';

/**
 * Stock items change only under a row lock (StockLocks), so an optimistic
 * version adds nothing but an extra SELECT whenever one flush updates several
 * of them (docs/performance.md).
 */
export class StockItemsWithoutVersion extends Migration {
  override name = '20261122090000-stock-items-without-version';

  up(): void {
    this.addSql('alter table stock_items drop column version');
  }
}
