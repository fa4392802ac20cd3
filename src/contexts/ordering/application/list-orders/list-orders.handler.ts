import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Cursor, type Page } from '../../../../platform/application/page.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';
import { type OrderRow, type OrderView, toOrderView } from '../order.view.js';
import { ListOrdersQuery } from './list-orders.query.js';

/** Keyset pagination on the id, which is time-ordered (UUIDv7): newest first, stable under inserts. */
@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  async execute({ caller, limit, cursor }: ListOrdersQuery): Promise<Page<OrderView>> {
    const before = Cursor.decode(cursor, ['uuid'])?.[0] as string | undefined;
    const mine = caller.role !== 'admin';
    const rows = await this.db.read((em) =>
      em.execute<OrderRow[]>(
        `select * from orders
         where (? = false or customer_id = ?::uuid) and (?::uuid is null or id < ?::uuid)
         order by id desc limit ?`,
        [mine, caller.id, before ?? null, before ?? null, limit + 1],
      ),
    );
    const page = Cursor.page(rows, limit, (row) => [row.id]);
    return { items: page.items.map(toOrderView), nextCursor: page.nextCursor };
  }
}
