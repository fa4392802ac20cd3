import { Command } from '@nestjs/cqrs';

export class ChangePriceCommand extends Command<void> {
  constructor(
    readonly sku: string,
    readonly price: { readonly amount: number; readonly currency: string },
  ) {
    super();
  }
}
