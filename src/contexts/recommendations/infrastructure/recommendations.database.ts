import { recommendationsMigrations } from '../../../../migrations/recommendations/index.js';
import { RecommendationsUnitOfWork } from '../application/recommendations.unit-of-work.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/messaging/context-database.provider.js';

/** The recommendations read model's own database: schema `recommendations`. No aggregates, only counts. */
export class RecommendationsDatabase extends ContextDatabase {
  static override readonly context = 'recommendations';
}

export const recommendationsDatabaseProviders = contextDatabaseProvider(RecommendationsDatabase, {
  unitOfWork: RecommendationsUnitOfWork,
  entities: [],
  migrations: recommendationsMigrations,
});
