import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { AdminOnly, Authenticated, Caller } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { DeliverShipmentCommand } from '../application/deliver-shipment/deliver-shipment.command.js';
import { DispatchShipmentCommand } from '../application/dispatch-shipment/dispatch-shipment.command.js';
import { ListShipmentsQuery } from '../application/list-shipments/list-shipments.query.js';
import { ShippingDatabase } from '../infrastructure/shipping.database.js';

class DispatchRequest {
  @ApiProperty({ example: 'UPS' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 .-]{1,39}$/, {
    message: 'carrier must be 2-40 letters, digits, spaces, dots or dashes',
  })
  @MaxLength(40)
  @IsString()
  carrier!: string;
}

@ApiTags('shipping')
@Controller('api/shipments')
export class ShipmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Authenticated()
  @Get()
  @ApiQuery({ name: 'orderId', format: 'uuid', required: true })
  @ApiOkResponse({ description: 'The order’s shipment, for its owner or an administrator.' })
  @ProblemResponses(400)
  list(@Caller() caller: Principal, @Query('orderId', new ParseUUIDPipe()) orderId: string) {
    return this.queries.execute(new ListShipmentsQuery(caller, orderId));
  }

  @AdminOnly()
  @Post(':id/dispatch')
  @Idempotent(ShippingDatabase)
  @HttpCode(200)
  @ProblemResponses(400, 404, 409)
  async dispatch(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DispatchRequest,
  ) {
    await this.commands.execute(new DispatchShipmentCommand(id, body.carrier));
    return (await this.queries.execute(new ListShipmentsQuery(caller, undefined, id))).items[0];
  }

  @AdminOnly()
  @Post(':id/deliver')
  @Idempotent(ShippingDatabase)
  @HttpCode(200)
  @ProblemResponses(400, 404, 409)
  async deliver(@Caller() caller: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    await this.commands.execute(new DeliverShipmentCommand(id));
    return (await this.queries.execute(new ListShipmentsQuery(caller, undefined, id))).items[0];
  }
}
