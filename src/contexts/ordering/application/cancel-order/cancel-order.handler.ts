import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/domain/index.js';
import { OrderNotFound } from '../../domain/order.errors.js';
import { OrderRepository } from '../../domain/order.repository.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';
import { CancelOrderCommand } from './cancel-order.command.js';

@CommandHandler(CancelOrderCommand)
export class CancelOrderHandler implements ICommandHandler<CancelOrderCommand> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly clock: Clock,
  ) {}

  execute({ orderId, caller }: CancelOrderCommand): Promise<void> {
    return this.db.unitOfWork(async () => {
      const order = await this.orders.findById(orderId);
      if (!order || (caller.role !== 'admin' && order.customerId !== caller.id))
        throw new OrderNotFound(orderId);
      order.cancel(this.clock.now());
      this.orders.save(order);
    });
  }
}
