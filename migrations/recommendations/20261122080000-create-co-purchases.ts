import { Migration } from '@mikro-orm/migrations';

export class CreateCoPurchases extends Migration {
  override name = '20261122080000-create-co-purchases';

  up(): void {
    this.addSql(`
      create table co_purchases (
        sku varchar(40) not null,
        other_sku varchar(40) not null,
        orders integer not null check (orders > 0),
        primary key (sku, other_sku)
      )`);
    this.addSql('create index co_purchases_ranking on co_purchases (sku, orders desc, other_sku)');
  }
}
