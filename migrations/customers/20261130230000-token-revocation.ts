import { Migration } from '@mikro-orm/migrations';

/** Token revocation (ADR 0017): a per-customer token version, and disabled accounts. */
export class TokenRevocation extends Migration {
  override name = '20261130230000-token-revocation';

  up(): void {
    this.addSql(`
      alter table customers
        add column token_version integer not null default 0,
        add column disabled boolean not null default false`);
  }
}
