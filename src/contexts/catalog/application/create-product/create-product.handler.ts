import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import { Product } from '../../domain/product.js';
import { ProductRepository } from '../../domain/product.repository.js';
import { CatalogUnitOfWork } from '../catalog.unit-of-work.js';
import { CreateProductCommand } from './create-product.command.js';

@CommandHandler(CreateProductCommand)
export class CreateProductHandler implements ICommandHandler<CreateProductCommand> {
  constructor(
    private readonly db: CatalogUnitOfWork,
    private readonly products: ProductRepository,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
  ) {}

  execute(command: CreateProductCommand): Promise<{ sku: string }> {
    return this.db.unitOfWork(async () => {
      const product = Product.create(
        { ...command, price: this.currency.money(command.price.amount, command.price.currency) },
        this.clock.now(),
      );
      await this.products.add(product);
      return { sku: product.sku };
    });
  }
}
