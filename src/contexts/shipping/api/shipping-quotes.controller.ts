import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../platform/auth/access.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { QuoteShippingQuery } from '../application/quote-shipping/quote-shipping.query.js';
import type { ShippingQuote } from '../contracts/index.js';
import { QuoteShippingRequest } from './dto/quote-shipping.request.js';
import { ShippingQuoteResponse } from './dto/shipping-quote.response.js';

@ApiTags('shipping')
@Controller('api/shipping/quotes')
export class ShippingQuotesController {
  constructor(private readonly queries: QueryBus) {}

  // POST although it changes nothing: the question is a JSON body, not a query string.
  @Public()
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Quote the shipping cost of a parcel' })
  @ApiOkResponse({ type: ShippingQuoteResponse, description: 'The cost and how it was reached.' })
  @ProblemResponses(
    'SHIPPING.INVALID_DESTINATION',
    'SHIPPING.INVALID_WEIGHT',
    'SHIPPING.INVALID_MERCHANDISE_TOTAL',
    'SHIPPING.CURRENCY_MISMATCH',
    'MONEY.CURRENCY_NOT_ACCEPTED',
  )
  quote(@Body() body: QuoteShippingRequest): Promise<ShippingQuote> {
    return this.queries.execute(
      new QuoteShippingQuery(
        body.destinationCountry,
        body.weightGrams,
        body.merchandiseTotal,
        body.premium ?? false,
      ),
    );
  }
}
