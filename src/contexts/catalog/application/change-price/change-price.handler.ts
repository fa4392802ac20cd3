import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import { ProductRepository } from '../../domain/product.repository.js';
import { Sku } from '../../domain/sku.js';
import { CatalogUnitOfWork } from '../catalog.unit-of-work.js';
import { ChangePriceCommand } from './change-price.command.js';

@CommandHandler(ChangePriceCommand)
export class ChangePriceHandler implements ICommandHandler<ChangePriceCommand> {
  constructor(
    private readonly db: CatalogUnitOfWork,
    private readonly products: ProductRepository,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
  ) {}

  execute(command: ChangePriceCommand): Promise<void> {
    return this.db.unitOfWork(async () => {
      const product = await this.products.getBySku(Sku.parse(command.sku));
      product.changePrice(
        this.currency.money(command.price.amount, command.price.currency),
        this.clock.now(),
      );
      this.products.save(product);
    });
  }
}
