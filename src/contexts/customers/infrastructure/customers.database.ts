import { customersMigrations } from '../../../../migrations/customers/index.js';
import { CustomersUnitOfWork } from '../application/customers.unit-of-work.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/messaging/context-database.provider.js';
import { CustomerEntity } from './customer.entity.js';
import { customersIntegrationEvents } from './integration-events.js';

/** The customers' own database: schema `customers`, role `emporium_customers`. */
export class CustomersDatabase extends ContextDatabase {
  static override readonly context = 'customers';
}

export const customersDatabaseProviders = contextDatabaseProvider(CustomersDatabase, {
  unitOfWork: CustomersUnitOfWork,
  entities: [CustomerEntity],
  migrations: customersMigrations,
  publishes: customersIntegrationEvents,
});
