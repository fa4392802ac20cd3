import { Migration } from '@mikro-orm/migrations';

/**
 * Reconciliation with the providers (ADR 0020): the simulated providers keep
 * the metadata a charge was sent with (which order, which customer) and when
 * they recorded it; payments keeps a log of what each reconciliation did.
 */
export class Reconciliation extends Migration {
  override name = '20261130010000-reconciliation';

  up(): void {
    this.addSql('alter table provider_ledger add column metadata jsonb');
    this.addSql('create index provider_ledger_recorded on provider_ledger (recorded_at)');
    this.addSql(`
      create table reconciliations (
        id uuid primary key,
        ran_at timestamptz not null,
        report jsonb not null
      )`);
    this.addSql('create index reconciliations_ran_at on reconciliations (ran_at desc)');
  }
}
