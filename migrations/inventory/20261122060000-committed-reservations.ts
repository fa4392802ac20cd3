import { Migration } from '@mikro-orm/migrations';

export class CommittedReservations extends Migration {
  override name = '20261122060000-committed-reservations';

  up(): void {
    this.addSql('alter table reservations drop constraint reservations_status_check');
    this.addSql(
      `alter table reservations add constraint reservations_status_check check (status in ('reserved', 'rejected', 'committed', 'released'))`,
    );
  }
}
