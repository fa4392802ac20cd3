import { Migration } from '@mikro-orm/migrations';

/**
 * The platform's idempotency keys, in every context's schema (ADR 0020): a
 * request's key and its answer, written in the same transaction as the
 * request's effect. The primary key is where concurrent retries queue.
 */
export class CreateIdempotencyKeys extends Migration {
  override name = '00000000000004-platform-idempotency-keys';

  up(): void {
    this.addSql(`
      create table idempotency_keys (
        scope text not null,
        key text not null,
        fingerprint text not null,
        -- json, not jsonb: a replay answers with the first answer's members in their order
        answer json,
        location text,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        primary key (scope, key)
      )`);
    this.addSql('create index idempotency_keys_expiry on idempotency_keys (expires_at)');
  }

  override down(): void {
    this.addSql('drop table idempotency_keys');
  }
}
