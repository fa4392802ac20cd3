import { Migration } from '@mikro-orm/migrations';

export class CreatePayments extends Migration {
  override name = '20261122050000-create-payments';

  up(): void {
    this.addSql(`
      create table payments (
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
        -- one payment per order: the second charge of an order is impossible
        constraint payments_order_unique unique (order_id)
      )`);
    // The simulated providers' own ledger: what a real gateway would keep on its side.
    this.addSql(`
      create table provider_ledger (
        idempotency_key text primary key,
        provider text not null,
        kind text not null check (kind in ('charge', 'refund')),
        amount bigint not null,
        currency char(3) not null,
        outcome jsonb not null,
        recorded_at timestamptz not null default now()
      )`);
  }
}
