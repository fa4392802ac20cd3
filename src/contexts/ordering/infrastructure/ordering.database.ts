import { orderingMigrations } from '../../../../migrations/ordering/index.js';
import { OrderingUnitOfWork } from '../application/ordering.unit-of-work.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/messaging/context-database.provider.js';
import { orderingIntegrationEvents } from './integration-events.js';
import { OrderEntity, PromotionEntity } from './order.entity.js';

/** Ordering's own database: schema `ordering`, role `emporium_ordering`. */
export class OrderingDatabase extends ContextDatabase {
  static override readonly context = 'ordering';
}

export const orderingDatabaseProviders = contextDatabaseProvider(OrderingDatabase, {
  unitOfWork: OrderingUnitOfWork,
  entities: [OrderEntity, PromotionEntity],
  migrations: orderingMigrations,
  publishes: orderingIntegrationEvents,
});
