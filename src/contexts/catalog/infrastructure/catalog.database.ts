import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/persistence/context-database.provider.js';
import { catalogMigrations } from '../../../../migrations/catalog/index.js';
import { ProductEntity } from './product.entity.js';

/** The catalog's own database: schema `catalog`, role `emporium_catalog`. */
export class CatalogDatabase extends ContextDatabase {}

export const catalogDatabaseProvider = contextDatabaseProvider(CatalogDatabase, {
  context: 'catalog',
  entities: [ProductEntity],
  migrations: catalogMigrations,
});
