import { inventoryMigrations } from '../../../../migrations/inventory/index.js';
import { InventoryUnitOfWork } from '../application/inventory.unit-of-work.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/messaging/context-database.provider.js';
import { inventoryIntegrationEvents } from './integration-events.js';
import { ReservationEntity } from './reservation.entity.js';
import { StockItemEntity } from './stock-item.entity.js';

/** The inventory's own database: schema `inventory`, role `emporium_inventory`. */
export class InventoryDatabase extends ContextDatabase {
  static override readonly context = 'inventory';
}

export const inventoryDatabaseProviders = contextDatabaseProvider(InventoryDatabase, {
  unitOfWork: InventoryUnitOfWork,
  entities: [StockItemEntity, ReservationEntity],
  migrations: inventoryMigrations,
  publishes: inventoryIntegrationEvents,
});
