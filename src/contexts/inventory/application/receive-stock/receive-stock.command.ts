import { Command } from '@nestjs/cqrs';

export class ReceiveStockCommand extends Command<void> {
  constructor(
    readonly sku: string,
    readonly quantity: number,
  ) {
    super();
  }
}
