import { Migration } from '@mikro-orm/migrations';

export class CreateProducts extends Migration {
  override name = '20261122000000-create-products';

  up(): void {
    this.addSql(`
      create table products (
        id uuid primary key,
        sku varchar(40) not null,
        name varchar(200) not null,
        description text not null,
        category varchar(50) not null,
        weight_grams integer not null check (weight_grams >= 0),
        price_amount bigint not null check (price_amount > 0),
        price_currency char(3) not null,
        active boolean not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version integer not null default 1,
        search tsvector generated always as (
          setweight(to_tsvector('english', name), 'A') ||
          setweight(to_tsvector('english', description), 'B')
        ) stored,
        constraint products_sku_unique unique (sku)
      )`);
    this.addSql('create index products_category_sku on products (category, sku)');
    this.addSql('create index products_search on products using gin (search)');
  }
}
