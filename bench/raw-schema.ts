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
  stockPerProduct: number,
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
  await createRawPipelineTables(sql);
  for (const product of products) {
    await sql.query(
      `insert into ${RAW_SCHEMA}.stock_items (id, sku, on_hand, reserved, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, 0, now(), now())`,
      [product.sku, stockPerProduct],
    );
  }
}

/**
 * The raw pipeline's tables (bench/raw-pipeline.ts): the same shapes as the
 * shop's `inventory.stock_items` and `reservations`, `payments.payments` and
 * `provider_ledger`, `shipping.shipments` and `recommendations.co_purchases`,
 * in one schema, plus `handoffs`: the durable rows one stage leaves for the
 * next (the shop's outbox and inbox rows do that job there).
 */
async function createRawPipelineTables(sql: pg.Pool): Promise<void> {
  const statements = [
    `create table ${RAW_SCHEMA}.stock_items (
      id uuid primary key,
      sku varchar(40) not null,
      on_hand integer not null check (on_hand >= 0),
      reserved integer not null check (reserved >= 0 and reserved <= on_hand),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint stock_items_sku_unique unique (sku)
    )`,
    `create table ${RAW_SCHEMA}.reservations (
      order_id uuid primary key,
      lines jsonb not null,
      status text not null check (status in ('reserved', 'rejected', 'committed', 'released')),
      lacking_skus jsonb not null default '[]',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1
    )`,
    `create table ${RAW_SCHEMA}.payments (
      id uuid primary key,
      order_id uuid not null,
      customer_id uuid not null,
      amount_amount bigint not null,
      amount_currency char(3) not null,
      method_type text not null check (method_type in ('card', 'paypal')),
      status text not null check (status in ('captured', 'failed', 'refunded')),
      provider_reference text,
      refund_reference text,
      failure_reason text,
      history jsonb not null,
      created_at timestamptz not null,
      version integer not null default 1,
      constraint payments_order_unique unique (order_id)
    )`,
    `create table ${RAW_SCHEMA}.provider_ledger (
      idempotency_key text primary key,
      provider text not null,
      kind text not null check (kind in ('charge', 'refund')),
      amount bigint not null,
      currency char(3) not null,
      outcome jsonb not null,
      recorded_at timestamptz not null default now()
    )`,
    `create table ${RAW_SCHEMA}.shipments (
      id uuid primary key,
      order_id uuid not null,
      customer_id uuid not null,
      address jsonb not null,
      cost jsonb not null,
      status text not null check (status in ('PENDING', 'DISPATCHED', 'DELIVERED', 'CANCELLED')),
      carrier text,
      tracking_number text,
      timeline jsonb not null,
      created_at timestamptz not null,
      version integer not null default 1,
      constraint shipments_order_unique unique (order_id)
    )`,
    `create table ${RAW_SCHEMA}.co_purchases (
      sku varchar(40) not null,
      other_sku varchar(40) not null,
      orders integer not null check (orders > 0),
      primary key (sku, other_sku)
    )`,
    `create index co_purchases_ranking on ${RAW_SCHEMA}.co_purchases (sku, orders desc, other_sku)`,
    `create table ${RAW_SCHEMA}.handoffs (
      id bigserial primary key,
      stage text not null check (stage in ('charge', 'paid')),
      order_id uuid not null
    )`,
    `create index handoffs_stage on ${RAW_SCHEMA}.handoffs (stage, id)`,
  ];
  for (const statement of statements) await sql.query(statement);
}
