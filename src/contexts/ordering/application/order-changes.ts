import { Injectable } from '@nestjs/common';
import { Clock } from '../../../platform/domain/index.js';
import type { Order } from '../domain/order.js';
import { OrderRepository } from '../domain/order.repository.js';
import { OrderingUnitOfWork } from './ordering.unit-of-work.js';

/**
 * How ordering follows the other contexts' events about an order: in one
 * unit of work, load the order, apply one change as of now, save it.
 */
@Injectable()
export class OrderChanges {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  /** Loads these orders into the unit of work in one read: `apply` then finds them there. */
  async preload(orderIds: readonly string[]): Promise<void> {
    await this.orders.findByIds(orderIds);
  }

  apply(orderId: string, change: (order: Order, now: Date) => void): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.get(orderId);
      change(order, this.clock.now());
      this.orders.save(order);
    });
  }
}
