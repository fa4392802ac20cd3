import type pg from 'pg';

export const RAW_SCHEMA = 'bench_raw';

/**
 * The raw baseline's tables, in a schema of their own in the bench database.
 * `orders` and `outbox` have exactly the columns, constraints and indexes of
 * the shop's `ordering.orders` and `<context>.outbox` (migrations/ordering and
 * the platform messaging migration), so the same rows cost the same to write.
 * Not copied: the outbox's NOTIFY trigger (it wakes the shop's relay; the
 * baseline has none) and the shop's `aggregate_sequences` counter (a new
 * order's OrderPlaced always has sequence 1).
 */
export async function createRawSchema(
  sql: pg.Pool,
  products: readonly { sku: string; name: string; price: number; weightGrams: number }[],
): Promise<void> {
  await sql.query(`drop schema if exists ${RAW_SCHEMA} cascade`);
  await sql.query(`create schema ${RAW_SCHEMA}`);
  await sql.query(`
    create table ${RAW_SCHEMA}.products (
      sku varchar(40) primary key,
      name varchar(200) not null,
      price_amount bigint not null,
      price_currency char(3) not null,
      weight_grams integer not null
    )`);
  await sql.query(`
    create table ${RAW_SCHEMA}.orders (
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
  await sql.query(
    `create index orders_customer_newest on ${RAW_SCHEMA}.orders (customer_id, id desc)`,
  );
  await sql.query(`
    create table ${RAW_SCHEMA}.outbox (
      position bigserial primary key,
      event_id uuid not null unique,
      name text not null,
      aggregate_id text not null,
      sequence bigint not null,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null default now(),
      envelope jsonb not null,
      published_at timestamptz,
      constraint outbox_aggregate_sequence unique (aggregate_id, sequence)
    )`);
  await sql.query(
    `create index outbox_unpublished on ${RAW_SCHEMA}.outbox (position) where published_at is null`,
  );
  await sql.query(`create index outbox_log on ${RAW_SCHEMA}.outbox (recorded_at)`);
  for (const product of products) {
    await sql.query(
      `insert into ${RAW_SCHEMA}.products (sku, name, price_amount, price_currency, weight_grams)
       values ($1, $2, $3, 'USD', $4)`,
      [product.sku, product.name, product.price, product.weightGrams],
    );
  }
}
