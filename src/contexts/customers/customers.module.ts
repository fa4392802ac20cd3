import { Module } from '@nestjs/common';
import { handlersOf } from '../../platform/application/handler-files.js';
import { AuthController } from './api/auth.controller.js';
import { CustomersController } from './api/customers.controller.js';
import { RevokingTokens } from './application/revoking-tokens.js';
import { CustomerTokenCheck } from './infrastructure/customer-token-check.js';
import { EnsureAdminAccount } from './application/ensure-admin-account/ensure-admin-account.js';
import { CustomerRepository } from './domain/customer.repository.js';
import { customersDatabaseProviders } from './infrastructure/customers.database.js';
import { MikroCustomerRepository } from './infrastructure/mikro-customer.repository.js';

/** The customers bounded context: accounts, sign-in, addresses and tiers. */
@Module({
  controllers: [CustomersController, AuthController],
  providers: [
    ...customersDatabaseProviders,
    ...(await handlersOf(import.meta.dirname)),
    { provide: CustomerRepository, useClass: MikroCustomerRepository },
    EnsureAdminAccount,
    RevokingTokens,
    CustomerTokenCheck,
  ],
})
export class CustomersModule {}
