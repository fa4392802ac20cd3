import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { AdminOnly, Authenticated, Caller } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { DeliverShipmentCommand } from '../application/deliver-shipment/deliver-shipment.command.js';
import { DispatchShipmentCommand } from '../application/dispatch-shipment/dispatch-shipment.command.js';
import { ShippingDatabase } from '../infrastructure/shipping.database.js';
import {
  ListShipmentsQuery,
  type ShipmentView,
} from '../application/list-shipments/list-shipments.query.js';
import { ShipmentListResponse, ShipmentResponse } from './dto/shipment.response.js';

const CARRIER = '^[A-Za-z0-9][A-Za-z0-9 .-]{1,39}$';

class DispatchRequest {
  @ApiProperty({ example: 'UPS', pattern: CARRIER, maxLength: 40 })
  @Matches(new RegExp(CARRIER), {
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
  @ApiOperation({ summary: 'List the shipments of an order' })
  @ApiOkResponse({
    type: ShipmentListResponse,
    description: 'The order’s shipment, for its owner or an administrator.',
  })
  list(@Caller() caller: Principal, @Query('orderId', new ParseUUIDPipe()) orderId: string) {
    return this.queries.execute(new ListShipmentsQuery(caller, orderId));
  }

  @AdminOnly()
  @Post(':id/dispatch')
  @Idempotent(ShippingDatabase)
  @HttpCode(200)
  @ApiOperation({ summary: 'Dispatch a shipment with a carrier' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ShipmentResponse, description: 'The dispatched shipment.' })
  @ProblemResponses('SHIPPING.SHIPMENT_NOT_FOUND', 'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED')
  async dispatch(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DispatchRequest,
  ): Promise<ShipmentView | undefined> {
    await this.commands.execute(new DispatchShipmentCommand(id, body.carrier));
    return (await this.queries.execute(new ListShipmentsQuery(caller, undefined, id))).items[0];
  }

  @AdminOnly()
  @Post(':id/deliver')
  @Idempotent(ShippingDatabase)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a shipment delivered' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ShipmentResponse, description: 'The delivered shipment.' })
  @ProblemResponses('SHIPPING.SHIPMENT_NOT_FOUND', 'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED')
  async deliver(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ShipmentView | undefined> {
    await this.commands.execute(new DeliverShipmentCommand(id));
    return (await this.queries.execute(new ListShipmentsQuery(caller, undefined, id))).items[0];
  }
}
