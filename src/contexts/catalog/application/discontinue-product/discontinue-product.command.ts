import { Command } from '@nestjs/cqrs';

export class DiscontinueProductCommand extends Command<void> {
  constructor(readonly sku: string) {
    super();
  }
}
