import { Migration } from '@mikro-orm/migrations';

/**
 * Wake-ups without triggers (docs/performance.md, ADR 0012): a transaction
 * that NOTIFYs takes one lock for the whole database at commit and holds it
 * while its commit record is flushed, so every order and every event handled
 * waited for the others' flushes. A commit now wakes its own process's relay
 * or workers directly; a process that does not run them sends one NOTIFY
 * after its commits (`Wakeup`).
 */
export class WakeupsInProcess extends Migration {
  override name = '00000000000002-platform-messaging-wakeups-in-process';

  up(): void {
    this.addSql('drop trigger outbox_notify on outbox');
    this.addSql('drop trigger inbox_notify on inbox');
    this.addSql('drop function notify_messaging()');
  }

  override down(): void {
    this.addSql(`
      create function notify_messaging() returns trigger language plpgsql as $$
      begin
        perform pg_notify(tg_table_schema || '_' || tg_table_name, '');
        return null;
      end $$`);
    this.addSql(
      'create trigger outbox_notify after insert on outbox for each statement execute function notify_messaging()',
    );
    this.addSql(
      'create trigger inbox_notify after insert on inbox for each statement execute function notify_messaging()',
    );
  }
}
