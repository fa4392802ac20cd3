import { shippingMigrations } from '../../../../migrations/shipping/index.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/persistence/context-database.provider.js';
import { shippingIntegrationEvents } from './integration-events.js';
import { ShipmentEntity } from './shipment.entity.js';

/** Shipping's own database: schema `shipping`, role `emporium_shipping`. */
export class ShippingDatabase extends ContextDatabase {
  static override readonly context = 'shipping';
}

export const shippingDatabaseProvider = contextDatabaseProvider(ShippingDatabase, {
  entities: [ShipmentEntity],
  migrations: shippingMigrations,
  publishes: shippingIntegrationEvents.map,
});
