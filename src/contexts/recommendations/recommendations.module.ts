import { Module } from '@nestjs/common';
import { RecommendationsController } from './api/recommendations.controller.js';
import { CountCoPurchasesOnOrderPaid } from './application/count-co-purchases.handler.js';
import { Recommendations } from './application/recommendations.queries.js';
import { recommendationsDatabaseProviders } from './infrastructure/recommendations.database.js';

/** The recommendations context: a read model of what is bought together, rebuilt from events. */
@Module({
  controllers: [RecommendationsController],
  providers: [...recommendationsDatabaseProviders, CountCoPurchasesOnOrderPaid, Recommendations],
})
export class RecommendationsModule {}
