import { Migration } from '@mikro-orm/migrations';

export class CreateStockItems extends Migration {
  override name = '20261122010000-create-stock-items';

  up(): void {
    this.addSql(`
      create table stock_items (
        id uuid primary key,
        sku varchar(40) not null,
        on_hand integer not null check (on_hand >= 0),
        reserved integer not null check (reserved >= 0 and reserved <= on_hand),
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version integer not null default 1,
        constraint stock_items_sku_unique unique (sku)
      )`);
  }
}
