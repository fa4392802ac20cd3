import { Migration } from '@mikro-orm/migrations';
import { CREATE_INBOX_NOTIFY_ON_INSERT } from './platform-messaging-batched-claims.migration.js';
import { CREATE_NOTIFY_FUNCTION, CREATE_OUTBOX_NOTIFY } from './platform-messaging.migration.js';

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
    this.addSql(CREATE_NOTIFY_FUNCTION);
    this.addSql(CREATE_OUTBOX_NOTIFY);
    this.addSql(CREATE_INBOX_NOTIFY_ON_INSERT);
  }
}
