import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/domain/index.js';
import { ProductRepository } from '../../domain/product.repository.js';
import { Sku } from '../../domain/sku.js';
import { CatalogUnitOfWork } from '../catalog.unit-of-work.js';
import { DiscontinueProductCommand } from './discontinue-product.command.js';

@CommandHandler(DiscontinueProductCommand)
export class DiscontinueProductHandler implements ICommandHandler<DiscontinueProductCommand> {
  constructor(
    private readonly db: CatalogUnitOfWork,
    private readonly products: ProductRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: DiscontinueProductCommand): Promise<void> {
    return this.db.unitOfWork(async () => {
      const product = await this.products.getBySku(Sku.parse(command.sku));
      product.discontinue(this.clock.now());
      this.products.save(product);
    });
  }
}
