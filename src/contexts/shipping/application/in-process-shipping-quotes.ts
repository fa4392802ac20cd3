import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  type ShippingQuote,
  type ShippingQuoteRequest,
  ShippingQuotes,
} from '../contracts/index.js';
import { QuoteShippingQuery } from './quote-shipping/quote-shipping.query.js';

/** `ShippingQuotes` for callers in the same process: straight onto shipping's query bus. */
@Injectable()
export class InProcessShippingQuotes extends ShippingQuotes {
  constructor(private readonly queries: QueryBus) {
    super();
  }

  quote(request: ShippingQuoteRequest): Promise<ShippingQuote> {
    return this.queries.execute(
      new QuoteShippingQuery(
        request.destinationCountry,
        request.weightGrams,
        request.merchandiseTotal,
        request.premium,
      ),
    );
  }
}
