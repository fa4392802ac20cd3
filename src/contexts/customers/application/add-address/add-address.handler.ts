import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/domain/index.js';
import type { AddressFields } from '../../domain/address.js';
import { CustomerRepository } from '../../domain/customer.repository.js';
import { CustomersUnitOfWork } from '../customers.unit-of-work.js';
import { AddAddressCommand } from './add-address.command.js';

@CommandHandler(AddAddressCommand)
export class AddAddressHandler implements ICommandHandler<AddAddressCommand> {
  constructor(
    private readonly db: CustomersUnitOfWork,
    private readonly customers: CustomerRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: AddAddressCommand): Promise<AddressFields & { id: string }> {
    return this.db.unitOfWork(async () => {
      const customer = await this.customers.get(command.customerId);
      const address = customer.addAddress(command.address, this.clock.now());
      this.customers.save(customer);
      return address.toJSON();
    });
  }
}
