import { Command } from '@nestjs/cqrs';

/** Revokes every token of the customer (signs them out everywhere). */
export class SignOutCommand extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
