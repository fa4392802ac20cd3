import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MessagingRuntime } from '../../../../platform/messaging/messaging.runtime.js';
import { CountCoPurchasesOnOrderPaid } from '../count-co-purchases/count-co-purchases-on-order-paid.handler.js';
import { RecommendationsUnitOfWork } from '../recommendations.unit-of-work.js';
import { RebuildRecommendationsCommand } from './rebuild-recommendations.command.js';

@CommandHandler(RebuildRecommendationsCommand)
export class RebuildRecommendationsHandler implements ICommandHandler<RebuildRecommendationsCommand> {
  constructor(
    private readonly db: RecommendationsUnitOfWork,
    private readonly messaging: MessagingRuntime,
  ) {}

  /**
   * Forgets every count and replays every OrderPaid still in ordering's event
   * log, in one transaction with the requeue, so no delivery counts twice.
   */
  execute(): Promise<number> {
    return this.db.unitOfWork(async () => {
      await this.db.em.execute('delete from co_purchases');
      return this.messaging.replay(
        `recommendations.${CountCoPurchasesOnOrderPaid.name}`,
        new Date(0),
        this.db.em,
      );
    });
  }
}
