import { shippingMigrations } from '../../../../migrations/shipping/index.js';
import { ShippingUnitOfWork } from '../application/shipping.unit-of-work.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/messaging/context-database.provider.js';
import { shippingIntegrationEvents } from './integration-events.js';
import { ShipmentEntity } from './shipment.entity.js';

/** Shipping's own database: schema `shipping`, role `emporium_shipping`. */
export class ShippingDatabase extends ContextDatabase {
  static override readonly context = 'shipping';
}

export const shippingDatabaseProviders = contextDatabaseProvider(ShippingDatabase, {
  unitOfWork: ShippingUnitOfWork,
  entities: [ShipmentEntity],
  migrations: shippingMigrations,
  publishes: shippingIntegrationEvents,
});
