import { Module } from '@nestjs/common';
import { AuthController } from './api/auth.controller.js';
import { CustomersController } from './api/customers.controller.js';
import { ChangePasswordHandler } from './application/change-password/change-password.handler.js';
import { DisableCustomerHandler } from './application/disable-customer/disable-customer.handler.js';
import { RevokingTokens } from './application/revoking-tokens.js';
import { SignOutHandler } from './application/sign-out/sign-out.handler.js';
import { CustomerTokenCheck } from './infrastructure/customer-token-check.js';
import { AddAddressHandler } from './application/add-address/add-address.handler.js';
import { EnsureAdminAccount } from './application/ensure-admin-account/ensure-admin-account.js';
import { GetProfileHandler } from './application/get-profile/get-profile.handler.js';
import { IssueTokenHandler } from './application/issue-token/issue-token.handler.js';
import { RecordSpendOnOrderDelivered } from './application/record-spend/record-spend-on-order-delivered.handler.js';
import { RegisterCustomerHandler } from './application/register-customer/register-customer.handler.js';
import { UpgradeToPremiumHandler } from './application/upgrade-to-premium/upgrade-to-premium.handler.js';
import { CustomerRepository } from './domain/customer.repository.js';
import { customersDatabaseProvider } from './infrastructure/customers.database.js';
import { MikroCustomerRepository } from './infrastructure/mikro-customer.repository.js';

/** The customers bounded context: accounts, sign-in, addresses and tiers. */
@Module({
  controllers: [CustomersController, AuthController],
  providers: [
    customersDatabaseProvider,
    { provide: CustomerRepository, useClass: MikroCustomerRepository },
    RegisterCustomerHandler,
    IssueTokenHandler,
    GetProfileHandler,
    AddAddressHandler,
    UpgradeToPremiumHandler,
    EnsureAdminAccount,
    RecordSpendOnOrderDelivered,
    RevokingTokens,
    SignOutHandler,
    ChangePasswordHandler,
    DisableCustomerHandler,
    CustomerTokenCheck,
  ],
})
export class CustomersModule {}
