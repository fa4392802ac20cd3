import { Customer } from '../../src/contexts/customers/domain/customer.js';
import { Email } from '../../src/contexts/customers/domain/email.js';

let sequence = 0;

/** A registered customer (a unique e-mail each), standard unless made premium. */
export class CustomerBuilder {
  private name = 'Ada Lovelace';
  private email = `customer-${++sequence}@example.com`;
  private premium = false;

  named(name: string): this {
    this.name = name;
    return this;
  }
  asPremium(): this {
    this.premium = true;
    return this;
  }

  /** The customer with the events of its set-up already pulled: a test sees only its own. */
  build(now = new Date('2026-03-01T09:00:00Z')): Customer {
    const customer = Customer.register(
      {
        email: Email.parse(this.email),
        name: this.name,
        passwordHash: 'scrypt$…',
        currency: 'USD',
      },
      now,
    );
    if (this.premium) customer.upgradeToPremium(now);
    customer.pullEvents();
    return customer;
  }
}

export const aCustomer = () => new CustomerBuilder();
