import { Controller, Get, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Authenticated, Caller } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { ListPaymentsQuery } from '../application/list-payments/list-payments.query.js';

@ApiTags('payments')
@Controller('api/payments')
export class PaymentsController {
  constructor(private readonly queries: QueryBus) {}

  @Authenticated()
  @Get()
  @ApiQuery({ name: 'orderId', format: 'uuid', required: true })
  @ApiOkResponse({ description: 'The order’s payment with its history; no card data, ever.' })
  @ProblemResponses(400)
  list(@Caller() caller: Principal, @Query('orderId', new ParseUUIDPipe()) orderId: string) {
    return this.queries.execute(new ListPaymentsQuery(orderId, caller));
  }
}
