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
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, Caller } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { RateLimit } from '../../../platform/http/rate-limits.js';
import { PageQuery } from '../../../platform/http/pagination.js';
import { CancelOrderCommand } from '../application/cancel-order/cancel-order.command.js';
import { GetOrderQuery } from '../application/get-order/get-order.query.js';
import { ListOrdersQuery } from '../application/list-orders/list-orders.query.js';
import type { OrderView } from '../application/order.view.js';
import { PlaceOrderCommand } from '../application/place-order/place-order.command.js';
import { OrderPageResponse, OrderResponse } from './dto/order.response.js';
import { PlaceOrderRequest } from './dto/place-order.request.js';
import { OrderingDatabase } from '../infrastructure/ordering.database.js';

@ApiTags('ordering')
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
  @ApiCreatedResponse({
    type: OrderResponse,
    description: 'Placed (PENDING); `Location` names it.',
  })
  @ProblemResponses(400, 409, 422, 429)
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
  @ApiOkResponse({
    type: OrderPageResponse,
    description: 'Your orders (every order for an administrator), newest first.',
  })
  @ProblemResponses(400)
  list(@Caller() caller: Principal, @Query() page: PageQuery) {
    return this.queries.execute(new ListOrdersQuery(caller, page.limit, page.cursor));
  }

  @Authenticated()
  @Get(':id')
  @ApiOkResponse({ type: OrderResponse })
  @ProblemResponses(400, 404)
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
  @ApiOkResponse({ type: OrderResponse })
  @ProblemResponses(400, 404, 409)
  async cancel(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<OrderView> {
    await this.commands.execute(new CancelOrderCommand(id, caller));
    return this.queries.execute(new GetOrderQuery(id, caller));
  }
}
