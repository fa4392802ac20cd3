import { recommendationsMigrations } from '../../../../migrations/recommendations/index.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/persistence/context-database.provider.js';

/** The recommendations read model's own database: schema `recommendations`. No aggregates, only counts. */
export class RecommendationsDatabase extends ContextDatabase {
  static override readonly context = 'recommendations';
}

export const recommendationsDatabaseProvider = contextDatabaseProvider(RecommendationsDatabase, {
  entities: [],
  migrations: recommendationsMigrations,
});
