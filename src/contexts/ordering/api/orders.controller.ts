import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, Caller } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { locationHeader, ProblemResponses } from '../../../platform/http/openapi.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { RateLimit } from '../../../platform/http/rate-limits.js';
import { ShedWhenBehind } from '../../../platform/http/shed-when-behind.js';
import { PageQuery } from '../../../platform/http/pagination.js';
import { CancelOrderCommand } from '../application/cancel-order/cancel-order.command.js';
import { GetOrderQuery } from '../application/get-order/get-order.query.js';
import { ListOrdersQuery } from '../application/list-orders/list-orders.query.js';
import type { OrderView } from '../application/order.view.js';
import { PlaceOrderCommand } from '../application/place-order/place-order.command.js';
import { OrderPageResponse, OrderResponse } from './dto/order.response.js';
import {
  CardPaymentRequest,
  PayPalPaymentRequest,
  PLACE_ORDER_BODY,
  PlaceOrderRequest,
  PlaceOrderToAddress,
  PlaceOrderToSavedAddress,
} from './dto/place-order.request.js';
import { OrderingDatabase } from '../infrastructure/ordering.database.js';

@ApiTags('ordering')
@ApiExtraModels(
  PlaceOrderToAddress,
  PlaceOrderToSavedAddress,
  CardPaymentRequest,
  PayPalPaymentRequest,
)
@Controller('api/orders')
export class OrdersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Authenticated()
  @Post()
  @Idempotent(OrderingDatabase)
  @RateLimit('orders')
  @ShedWhenBehind()
  @ApiOperation({ summary: 'Place an order' })
  @ApiBody({ schema: PLACE_ORDER_BODY })
  @ApiCreatedResponse({
    type: OrderResponse,
    description: 'Placed (PENDING); `Location` names it.',
    headers: locationHeader('/api/orders/0190f5c4-8a3e-7b1c-9d2e-4f5a6b7c8d9e'),
  })
  @ProblemResponses(
    'ORDERING.INVALID_ORDER',
    'ORDERING.PRODUCTS_NOT_AVAILABLE',
    'ORDERING.UNKNOWN_SHIPPING_ADDRESS',
    'ORDERING.PROMOTION_NOT_APPLICABLE',
    'ORDERING.BUYER_NOT_KNOWN',
    'MONEY.CURRENCY_NOT_ACCEPTED',
    'SHIPPING.INVALID_DESTINATION',
    'REQUEST.RATE_LIMITED',
  )
  async place(
    @Caller() caller: Principal,
    @Body() body: PlaceOrderRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    const order = await this.commands.execute(
      new PlaceOrderCommand({ ...body, customerId: caller.id }),
    );
    void reply.header('location', `/api/orders/${order.id}`);
    return order;
  }

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'List your orders' })
  @ApiOkResponse({
    type: OrderPageResponse,
    description: 'Your orders (every order for an administrator), newest first.',
  })
  @ProblemResponses('REQUEST.INVALID_CURSOR')
  list(@Caller() caller: Principal, @Query() page: PageQuery) {
    return this.queries.execute(new ListOrdersQuery(caller, page.limit, page.cursor));
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'Read an order with its timeline' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OrderResponse, description: 'The order.' })
  @ProblemResponses('ORDERING.ORDER_NOT_FOUND')
  get(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<OrderView> {
    return this.queries.execute(new GetOrderQuery(id, caller));
  }

  @Authenticated()
  @Post(':id/cancel')
  @Idempotent(OrderingDatabase)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an order' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OrderResponse, description: 'The cancelled order.' })
  @ProblemResponses(
    'ORDERING.ORDER_NOT_FOUND',
    'ORDERING.ORDER_ALREADY_CANCELLED',
    'ORDERING.ORDER_CANNOT_BE_CANCELLED_AFTER_SHIPMENT',
    'ORDERING.REJECTED_ORDER_CANNOT_BE_CANCELLED',
  )
  async cancel(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<OrderView> {
    await this.commands.execute(new CancelOrderCommand(id, caller));
    return this.queries.execute(new GetOrderQuery(id, caller));
  }
}
