import { Global, Module } from '@nestjs/common';
import { ShippingQuotesController } from './api/shipping-quotes.controller.js';
import { InProcessShippingQuotes } from './application/in-process-shipping-quotes.js';
import { QuoteShippingHandler } from './application/quote-shipping/quote-shipping.handler.js';
import { ShippingQuotes } from './contracts/index.js';

/**
 * The shipping bounded context: what shipping costs (shipments come later).
 * Global so that other contexts can inject its public query, `ShippingQuotes`,
 * without importing this module.
 */
@Global()
@Module({
  controllers: [ShippingQuotesController],
  providers: [QuoteShippingHandler, { provide: ShippingQuotes, useClass: InProcessShippingQuotes }],
  exports: [ShippingQuotes],
})
export class ShippingModule {}
