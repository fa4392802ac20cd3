import { CatalogUnitOfWork } from '../application/catalog.unit-of-work.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/messaging/context-database.provider.js';
import { catalogMigrations } from '../../../../migrations/catalog/index.js';
import { catalogIntegrationEvents } from './integration-events.js';
import { ProductEntity } from './product.entity.js';

/** The catalog's own database: schema `catalog`, role `emporium_catalog`. */
export class CatalogDatabase extends ContextDatabase {
  static override readonly context = 'catalog';
}

export const catalogDatabaseProviders = contextDatabaseProvider(CatalogDatabase, {
  unitOfWork: CatalogUnitOfWork,
  entities: [ProductEntity],
  migrations: catalogMigrations,
  publishes: catalogIntegrationEvents,
});
