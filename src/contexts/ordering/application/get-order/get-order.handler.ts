import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderNotFound } from '../../domain/order.errors.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';
import { type OrderRow, type OrderView, toOrderView } from '../order.view.js';
import { GetOrderQuery } from './get-order.query.js';

@QueryHandler(GetOrderQuery)
export class GetOrderHandler implements IQueryHandler<GetOrderQuery> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  async execute({ orderId, caller }: GetOrderQuery): Promise<OrderView> {
    const [row] = await this.db.query<OrderRow>('select * from orders where id = $1', [orderId]);
    // Another customer's order answers exactly like a missing one (no enumeration).
    if (!row || (caller.role !== 'admin' && row.customer_id !== caller.id))
      throw new OrderNotFound(orderId);
    return toOrderView(row);
  }
}
