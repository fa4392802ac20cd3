import { Module } from '@nestjs/common';
import { RecommendationsController } from './api/recommendations.controller.js';
import { CountCoPurchasesOnOrderPaid } from './application/count-co-purchases.handler.js';
import { Recommendations } from './application/recommendations.queries.js';
import { recommendationsDatabaseProvider } from './infrastructure/recommendations.database.js';

/** The recommendations context: a read model of what is bought together, rebuilt from events. */
@Module({
  controllers: [RecommendationsController],
  providers: [recommendationsDatabaseProvider, CountCoPurchasesOnOrderPaid, Recommendations],
})
export class RecommendationsModule {}
