import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Customer } from '../domain/customer.js';
import { EmailAlreadyRegistered } from '../domain/customer.errors.js';
import { CustomerRepository } from '../domain/customer.repository.js';
import type { Email } from '../domain/email.js';
import { CustomersDatabase } from './customers.database.js';

@Injectable()
export class MikroCustomerRepository extends CustomerRepository {
  constructor(private readonly db: CustomersDatabase) {
    super();
  }

  findById(id: string): Promise<Customer | null> {
    return this.db.em.findOne(Customer, { id });
  }

  findByEmail(email: Email): Promise<Customer | null> {
    return this.db.em.findOne(Customer, { email });
  }

  async add(customer: Customer): Promise<void> {
    this.db.track(customer);
    try {
      // Flushed now so that a taken e-mail surfaces as a rule, not as a failed commit.
      await this.db.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new EmailAlreadyRegistered();
      throw error;
    }
  }

  save(customer: Customer): void {
    this.db.track(customer);
  }
}
