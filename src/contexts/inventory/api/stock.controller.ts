import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../platform/auth/access.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import {
  GetStockLevelQuery,
  type StockLevelView,
} from '../application/get-stock-level/get-stock-level.query.js';

class StockLevelResponse implements StockLevelView {
  @ApiProperty({ example: 'MUG-001' }) sku!: string;
  @ApiProperty({ example: 12 }) onHand!: number;
  @ApiProperty({ example: 2 }) reserved!: number;
  @ApiProperty({ example: 10, description: 'On hand minus reserved.' }) available!: number;
}

@ApiTags('inventory')
@Controller('api/inventory')
export class StockController {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Get(':sku')
  @ApiOkResponse({ type: StockLevelResponse })
  @ProblemResponses(404)
  get(@Param('sku') sku: string): Promise<StockLevelView> {
    return this.queries.execute(new GetStockLevelQuery(sku));
  }
}
