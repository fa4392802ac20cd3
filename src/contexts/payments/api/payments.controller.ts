import { Controller, Get, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Authenticated, Caller } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { ListPaymentsQuery } from '../application/list-payments/list-payments.query.js';
import { PaymentListResponse } from './dto/payment.response.js';

@ApiTags('payments')
@Controller('api/payments')
export class PaymentsController {
  constructor(private readonly queries: QueryBus) {}

  @Authenticated()
  @Get()
  @ApiQuery({ name: 'orderId', format: 'uuid', required: true })
  @ApiOperation({ summary: 'List the payments of an order' })
  @ApiOkResponse({
    type: PaymentListResponse,
    description: 'The order’s payment with its history; no card data, ever.',
  })
  list(@Caller() caller: Principal, @Query('orderId', new ParseUUIDPipe()) orderId: string) {
    return this.queries.execute(new ListPaymentsQuery(orderId, caller));
  }
}
