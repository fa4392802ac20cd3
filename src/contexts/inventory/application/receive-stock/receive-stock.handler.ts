import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, Sku } from '../../../../platform/domain/index.js';
import { StockItemNotFound } from '../../domain/stock-item.errors.js';
import { StockLocks } from '../../domain/reservation.repository.js';
import { InventoryUnitOfWork } from '../inventory.unit-of-work.js';
import { ReceiveStockCommand } from './receive-stock.command.js';

@CommandHandler(ReceiveStockCommand)
export class ReceiveStockHandler implements ICommandHandler<ReceiveStockCommand> {
  constructor(
    private readonly db: InventoryUnitOfWork,
    private readonly locks: StockLocks,
    private readonly clock: Clock,
  ) {}

  execute(command: ReceiveStockCommand): Promise<void> {
    const sku = Sku.normalize(command.sku);
    return this.db.unitOfWork(async () => {
      const item = (await this.locks.lock([sku])).get(sku);
      if (!item) throw new StockItemNotFound(sku);
      item.receive(command.quantity, this.clock.now());
    });
  }
}
