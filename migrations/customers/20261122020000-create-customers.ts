import { Migration } from '@mikro-orm/migrations';

export class CreateCustomers extends Migration {
  override name = '20261122020000-create-customers';

  up(): void {
    this.addSql(`
      create table customers (
        id uuid primary key,
        email varchar(254) not null,
        name varchar(100) not null,
        password_hash text not null,
        role text not null check (role in ('customer', 'admin')),
        tier text not null check (tier in ('standard', 'premium')),
        addresses jsonb not null default '[]',
        lifetime_spend_amount bigint not null default 0,
        lifetime_spend_currency char(3) not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version integer not null default 1,
        -- e-mail addresses are stored lower-cased; unique without regard to case
        constraint customers_email_unique unique (email),
        constraint customers_email_lower check (email = lower(email))
      )`);
  }
}
