import { paymentsMigrations } from '../../../../migrations/payments/index.js';
import { PaymentsUnitOfWork } from '../application/payments.unit-of-work.js';
import { ContextDatabase } from '../../../platform/persistence/context-database.js';
import { contextDatabaseProvider } from '../../../platform/messaging/context-database.provider.js';
import { paymentsIntegrationEvents } from './integration-events.js';
import { PaymentEntity } from './payment.entity.js';

/** The payments' own database: schema `payments`, role `emporium_payments`. */
export class PaymentsDatabase extends ContextDatabase {
  static override readonly context = 'payments';
}

export const paymentsDatabaseProviders = contextDatabaseProvider(PaymentsDatabase, {
  unitOfWork: PaymentsUnitOfWork,
  entities: [PaymentEntity],
  migrations: paymentsMigrations,
  publishes: paymentsIntegrationEvents,
});
