import { Query } from '@nestjs/cqrs';
import type { ShippingQuote } from '../../contracts/index.js';

export class QuoteShippingQuery extends Query<ShippingQuote> {
  constructor(
    readonly destinationCountry: string,
    readonly weightGrams: number,
    readonly merchandiseTotal: { readonly amount: number; readonly currency: string },
    readonly premium: boolean,
  ) {
    super();
  }
}
