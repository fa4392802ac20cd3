import { Module } from '@nestjs/common';
import { handlersOf } from '../../platform/application/handler-files.js';
import { RecommendationsController } from './api/recommendations.controller.js';
import { recommendationsDatabaseProviders } from './infrastructure/recommendations.database.js';

/** The recommendations context: a read model of what is bought together, rebuilt from events. */
@Module({
  controllers: [RecommendationsController],
  providers: [...recommendationsDatabaseProviders, ...(await handlersOf(import.meta.dirname))],
})
export class RecommendationsModule {}
