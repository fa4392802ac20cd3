import { orderingMigrations } from '../../../../migrations/ordering/index.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/persistence/context-database.provider.js';
import { orderingIntegrationEvents } from './integration-events.js';
import { OrderEntity, PromotionEntity } from './order.entity.js';

/** Ordering's own database: schema `ordering`, role `emporium_ordering`. */
export class OrderingDatabase extends ContextDatabase {
  static override readonly context = 'ordering';
}

export const orderingDatabaseProvider = contextDatabaseProvider(OrderingDatabase, {
  entities: [OrderEntity, PromotionEntity],
  migrations: orderingMigrations,
  publishes: orderingIntegrationEvents.map,
});
