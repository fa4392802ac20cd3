import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RevokingTokens } from '../revoking-tokens.js';
import { SignOutCommand } from './sign-out.command.js';

@CommandHandler(SignOutCommand)
export class SignOutHandler implements ICommandHandler<SignOutCommand> {
  constructor(private readonly revoking: RevokingTokens) {}

  execute({ customerId }: SignOutCommand): Promise<void> {
    return this.revoking.change(customerId, (customer, now) => customer.revokeTokens(now));
  }
}
