import { Command } from '@nestjs/cqrs';

export class CreateProductCommand extends Command<{ sku: string }> {
  constructor(
    readonly sku: string,
    readonly name: string,
    readonly description: string,
    readonly category: string,
    readonly price: { readonly amount: number; readonly currency: string },
    readonly weightGrams: number,
  ) {
    super();
  }
}
