import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { AdminOnly, Public } from '../../../platform/auth/access.js';
import { ReceiveStockCommand } from '../application/receive-stock/receive-stock.command.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import {
  GetStockLevelQuery,
  type StockLevelView,
} from '../application/get-stock-level/get-stock-level.query.js';
import { InventoryDatabase } from '../infrastructure/inventory.database.js';

class StockLevelResponse implements StockLevelView {
  @ApiProperty({ example: 'MUG-001' }) sku!: string;
  @ApiProperty({ type: 'integer', example: 12 }) onHand!: number;
  @ApiProperty({ type: 'integer', example: 2 }) reserved!: number;
  @ApiProperty({ type: 'integer', example: 10, description: 'On hand minus reserved.' })
  available!: number;
}

class ReceiptRequest {
  @ApiProperty({ type: 'integer', example: 24, minimum: 1, maximum: 100000 })
  @Min(1)
  @Max(100_000)
  @IsInt()
  quantity!: number;
}

@ApiTags('inventory')
@Controller('api/inventory')
export class StockController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Get(':sku')
  @ApiOperation({ summary: 'Read the stock level of a sku' })
  @ApiOkResponse({ type: StockLevelResponse, description: 'The stock level.' })
  @ProblemResponses('INVENTORY.STOCK_ITEM_NOT_FOUND')
  get(@Param('sku') sku: string): Promise<StockLevelView> {
    return this.queries.execute(new GetStockLevelQuery(sku));
  }

  @AdminOnly()
  @Post(':sku/receipts')
  @Idempotent(InventoryDatabase)
  @HttpCode(200)
  @ApiOperation({ summary: 'Receive stock for a sku' })
  @ApiOkResponse({ type: StockLevelResponse, description: 'The stock level after the receipt.' })
  @ProblemResponses('INVENTORY.STOCK_ITEM_NOT_FOUND', 'INVENTORY.INVALID_QUANTITY')
  async receive(@Param('sku') sku: string, @Body() body: ReceiptRequest): Promise<StockLevelView> {
    await this.commands.execute(new ReceiveStockCommand(sku, body.quantity));
    return this.queries.execute(new GetStockLevelQuery(sku));
  }
}
