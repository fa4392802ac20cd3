import { Injectable } from '@nestjs/common';
import { TokenRevocation } from '../../../platform/auth/revocation.js';
import { Clock } from '../../../platform/domain/index.js';
import type { Customer } from '../domain/customer.js';
import { CustomerRepository } from '../domain/customer.repository.js';
import { CustomersUnitOfWork } from './customers.unit-of-work.js';

/**
 * Runs a change to a customer that revokes their tokens, then drops this
 * process's cached answer for them, so the revocation holds here at once
 * (other processes within AUTH_REVOCATION_CACHE_MS).
 */
@Injectable()
export class RevokingTokens {
  constructor(
    private readonly db: CustomersUnitOfWork,
    private readonly customers: CustomerRepository,
    private readonly revocation: TokenRevocation,
    readonly clock: Clock,
  ) {}

  async change<T>(customerId: string, change: (customer: Customer, now: Date) => Promise<T> | T) {
    const result = await this.db.unitOfWork(async () => {
      const customer = await this.customers.get(customerId);
      const outcome = await change(customer, this.clock.now());
      this.customers.save(customer);
      return outcome;
    });
    this.revocation.forget(customerId);
    return result;
  }
}
