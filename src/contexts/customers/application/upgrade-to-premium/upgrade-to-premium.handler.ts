import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/domain/index.js';
import { CustomerRepository } from '../../domain/customer.repository.js';
import { CustomersUnitOfWork } from '../customers.unit-of-work.js';
import { UpgradeToPremiumCommand } from './upgrade-to-premium.command.js';

@CommandHandler(UpgradeToPremiumCommand)
export class UpgradeToPremiumHandler implements ICommandHandler<UpgradeToPremiumCommand> {
  constructor(
    private readonly db: CustomersUnitOfWork,
    private readonly customers: CustomerRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: UpgradeToPremiumCommand): Promise<void> {
    return this.db.unitOfWork(async () => {
      const customer = await this.customers.get(command.customerId);
      customer.upgradeToPremium(this.clock.now());
      this.customers.save(customer);
    });
  }
}
