import { customersMigrations } from '../../../../migrations/customers/index.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/persistence/context-database.provider.js';
import { CustomerEntity } from './customer.entity.js';
import { customersIntegrationEvents } from './integration-events.js';

/** The customers' own database: schema `customers`, role `emporium_customers`. */
export class CustomersDatabase extends ContextDatabase {
  static override readonly context = 'customers';
}

export const customersDatabaseProvider = contextDatabaseProvider(CustomersDatabase, {
  entities: [CustomerEntity],
  migrations: customersMigrations,
  publishes: customersIntegrationEvents.map,
});
