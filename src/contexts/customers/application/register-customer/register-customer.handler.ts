import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { hashPassword } from '../../../../platform/auth/passwords.js';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import { Customer } from '../../domain/customer.js';
import { CustomerRepository } from '../../domain/customer.repository.js';
import { Email } from '../../domain/email.js';
import { assertAcceptablePassword } from '../../domain/password-policy.js';
import { CustomersUnitOfWork } from '../customers.unit-of-work.js';
import { RegisterCustomerCommand } from './register-customer.command.js';

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(
    private readonly db: CustomersUnitOfWork,
    private readonly customers: CustomerRepository,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
  ) {}

  async execute(command: RegisterCustomerCommand): Promise<{ id: string }> {
    const email = Email.parse(command.email);
    assertAcceptablePassword(command.password);
    // Hashed before the transaction opens: scrypt is slow on purpose.
    const passwordHash = await hashPassword(command.password);
    return this.db.unitOfWork(async () => {
      const customer = Customer.register(
        { email, name: command.name, passwordHash, currency: this.currency.code },
        this.clock.now(),
      );
      await this.customers.add(customer);
      return { id: customer.id };
    });
  }
}
