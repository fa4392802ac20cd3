import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../platform/application/page.js';
import type { Principal } from '../../../../platform/auth/principal.js';
import type { OrderView } from '../order.view.js';

/** The caller's orders (every order for an administrator), newest first. */
export class ListOrdersQuery extends Query<Page<OrderView>> {
  constructor(
    readonly caller: Principal,
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
