import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReplayedResponse } from '../../../platform/messaging/messaging.responses.js';
import { RecommendationsResponse } from './dto/recommendations.response.js';
import { AdminOnly, Public } from '../../../platform/auth/access.js';
import { GetRecommendationsQuery } from '../application/get-recommendations/get-recommendations.query.js';
import { RebuildRecommendationsCommand } from '../application/rebuild-recommendations/rebuild-recommendations.command.js';
import { Sku } from '../../../platform/domain/index.js';

@ApiTags('recommendations')
@Controller()
export class RecommendationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Get('api/recommendations/:sku')
  @ApiOperation({ summary: 'Products frequently bought together with a sku' })
  @ApiOkResponse({
    type: RecommendationsResponse,
    description: 'Up to 5 skus most often bought together with this one, with counts.',
  })
  async boughtWith(@Param('sku') sku: string): Promise<RecommendationsResponse> {
    const items = await this.queries.execute(new GetRecommendationsQuery(sku));
    return { sku: Sku.normalize(sku), items };
  }

  @AdminOnly()
  @Post('api/admin/recommendations/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Rebuild the co-purchase counts from the event log' })
  @ApiAcceptedResponse({
    type: ReplayedResponse,
    description: 'The paid orders queued for counting again.',
  })
  async rebuild(): Promise<ReplayedResponse> {
    return { replayed: await this.commands.execute(new RebuildRecommendationsCommand()) };
  }
}
