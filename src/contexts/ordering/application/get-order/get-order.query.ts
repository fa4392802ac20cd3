import { Query } from '@nestjs/cqrs';
import type { Principal } from '../../../../platform/auth/principal.js';
import type { OrderView } from '../order.view.js';

/** An order, for its owner or an administrator; anyone else is told it does not exist. */
export class GetOrderQuery extends Query<OrderView> {
  constructor(
    readonly orderId: string,
    readonly caller: Principal,
  ) {
    super();
  }
}
