import { Migration } from '@mikro-orm/migrations';

export class CreateOrdering extends Migration {
  override name = '20261122040000-create-ordering';

  up(): void {
    this.addSql(`
      create table orders (
        id uuid primary key,
        customer_id uuid not null,
        lines jsonb not null,
        shipping_address jsonb not null,
        payment_method jsonb not null,
        promotion_code varchar(32),
        totals jsonb not null,
        status text not null check (status in ('PENDING', 'AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REJECTED')),
        rejection_reason text,
        timeline jsonb not null,
        placed_at timestamptz not null,
        updated_at timestamptz not null,
        version integer not null default 1
      )`);
    this.addSql('create index orders_customer_newest on orders (customer_id, id desc)');
    this.addSql(`
      create table promotions (
        code varchar(32) primary key,
        percentage integer not null check (percentage between 1 and 90),
        valid_from timestamptz not null,
        valid_until timestamptz not null check (valid_until > valid_from),
        created_at timestamptz not null
      )`);
    // Ordering's own copies of what it needs from catalog and customers, kept by their events.
    this.addSql(`
      create table price_list (
        sku varchar(40) primary key,
        name varchar(200) not null,
        price_amount bigint not null,
        price_currency char(3) not null,
        weight_grams integer not null,
        active boolean not null,
        updated_at timestamptz not null
      )`);
    this.addSql(`
      create table buyers (
        customer_id uuid primary key,
        tier text not null check (tier in ('standard', 'premium')),
        updated_at timestamptz not null
      )`);
    this.addSql(`
      create table buyer_addresses (
        customer_id uuid not null,
        address_id text not null,
        address jsonb not null,
        primary key (customer_id, address_id)
      )`);
  }
}
