import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RevokingTokens } from '../revoking-tokens.js';
import { DisableCustomerCommand } from './disable-customer.command.js';

@CommandHandler(DisableCustomerCommand)
export class DisableCustomerHandler implements ICommandHandler<DisableCustomerCommand> {
  constructor(private readonly revoking: RevokingTokens) {}

  execute({ customerId }: DisableCustomerCommand): Promise<void> {
    return this.revoking.change(customerId, (customer, now) => customer.disable(now));
  }
}
