import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReplayedResponse } from '../../../platform/messaging/messaging.responses.js';
import { RecommendationsResponse } from './dto/recommendations.response.js';
import { AdminOnly, Public } from '../../../platform/auth/access.js';
import { Recommendations } from '../application/recommendations.queries.js';

@ApiTags('recommendations')
@Controller()
export class RecommendationsController {
  constructor(private readonly recommendations: Recommendations) {}

  @Public()
  @Get('api/recommendations/:sku')
  @ApiOperation({ summary: 'Products frequently bought together with a sku' })
  @ApiOkResponse({
    type: RecommendationsResponse,
    description: 'Up to 5 skus most often bought together with this one, with counts.',
  })
  async boughtWith(@Param('sku') sku: string): Promise<RecommendationsResponse> {
    return { sku: sku.trim().toUpperCase(), items: await this.recommendations.boughtWith(sku) };
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
    return { replayed: await this.recommendations.rebuild() };
  }
}
