import { Migration } from '@mikro-orm/migrations';

export class CreateShipments extends Migration {
  override name = '20261122070000-create-shipments';

  up(): void {
    this.addSql(`
      create table shipments (
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
      )`);
  }
}
