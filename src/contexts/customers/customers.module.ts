import { Module } from '@nestjs/common';
import { AuthController } from './api/auth.controller.js';
import { CustomersController } from './api/customers.controller.js';
import { AddAddressHandler } from './application/add-address/add-address.handler.js';
import { EnsureAdminAccount } from './application/ensure-admin-account/ensure-admin-account.js';
import { GetProfileHandler } from './application/get-profile/get-profile.handler.js';
import { IssueTokenHandler } from './application/issue-token/issue-token.handler.js';
import { RecordSpendOnOrderDelivered } from './application/record-spend/record-spend-on-order-delivered.handler.js';
import { RegisterCustomerHandler } from './application/register-customer/register-customer.handler.js';
import { UpgradeToPremiumHandler } from './application/upgrade-to-premium/upgrade-to-premium.handler.js';
import { CustomerRepository } from './domain/customer.repository.js';
import { customersDatabaseProviders } from './infrastructure/customers.database.js';
import { MikroCustomerRepository } from './infrastructure/mikro-customer.repository.js';

/** The customers bounded context: accounts, sign-in, addresses and tiers. */
@Module({
  controllers: [CustomersController, AuthController],
  providers: [
    ...customersDatabaseProviders,
    { provide: CustomerRepository, useClass: MikroCustomerRepository },
    RegisterCustomerHandler,
    IssueTokenHandler,
    GetProfileHandler,
    AddAddressHandler,
    UpgradeToPremiumHandler,
    EnsureAdminAccount,
    RecordSpendOnOrderDelivered,
  ],
})
export class CustomersModule {}
