import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/domain/index.js';
import { PromotionRepository } from '../../domain/order.repository.js';
import { Promotion } from '../../domain/promotion.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';
import { CreatePromotionCommand } from './create-promotion.command.js';

@CommandHandler(CreatePromotionCommand)
export class CreatePromotionHandler implements ICommandHandler<CreatePromotionCommand> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly promotions: PromotionRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: CreatePromotionCommand): Promise<{ code: string }> {
    return this.db.unitOfWork(async () => {
      const promotion = Promotion.create(command, this.clock.now());
      await this.promotions.add(promotion);
      return { code: promotion.code };
    });
  }
}
