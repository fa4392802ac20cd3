import type { Customer } from './customer.js';
import { CustomerNotFound } from './customer.errors.js';
import type { Email } from './email.js';

/** Where customers are kept. The abstract class is the injection token. */
export abstract class CustomerRepository {
  abstract findById(id: string): Promise<Customer | null>;
  abstract findByEmail(email: Email): Promise<Customer | null>;

  /** Adds a new customer. @throws EmailAlreadyRegistered, also under a race. */
  abstract add(customer: Customer): Promise<void>;

  /** Records changes made to a loaded customer. */
  abstract save(customer: Customer): void;

  async get(id: string): Promise<Customer> {
    const customer = await this.findById(id);
    if (!customer) throw new CustomerNotFound(id);
    return customer;
  }
}
