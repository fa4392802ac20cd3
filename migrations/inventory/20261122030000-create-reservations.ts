import { Migration } from '@mikro-orm/migrations';

export class CreateReservations extends Migration {
  override name = '20261122030000-create-reservations';

  up(): void {
    this.addSql(`
      create table reservations (
        order_id uuid primary key,
        lines jsonb not null,
        status text not null check (status in ('reserved', 'rejected', 'released')),
        lacking_skus jsonb not null default '[]',
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version integer not null default 1
      )`);
  }
}
