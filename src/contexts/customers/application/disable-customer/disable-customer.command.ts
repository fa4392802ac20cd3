import { Command } from '@nestjs/cqrs';

/** An administrator disables an account: no more sign-in, its tokens refused at once. */
export class DisableCustomerCommand extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
