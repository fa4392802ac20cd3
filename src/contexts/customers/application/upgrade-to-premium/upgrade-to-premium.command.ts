import { Command } from '@nestjs/cqrs';

export class UpgradeToPremiumCommand extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
