import { inventoryMigrations } from '../../../../migrations/inventory/index.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/persistence/context-database.provider.js';
import { inventoryIntegrationEvents } from './integration-events.js';
import { ReservationEntity } from './reservation.entity.js';
import { StockItemEntity } from './stock-item.entity.js';

/** The inventory's own database: schema `inventory`, role `emporium_inventory`. */
export class InventoryDatabase extends ContextDatabase {
  static override readonly context = 'inventory';
}

export const inventoryDatabaseProvider = contextDatabaseProvider(InventoryDatabase, {
  entities: [StockItemEntity, ReservationEntity],
  migrations: inventoryMigrations,
  publishes: inventoryIntegrationEvents.map,
});
