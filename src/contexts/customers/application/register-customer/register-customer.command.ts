import { Command } from '@nestjs/cqrs';

export class RegisterCustomerCommand extends Command<{ id: string }> {
  constructor(
    readonly email: string,
    readonly name: string,
    readonly password: string,
  ) {
    super();
  }
}
