import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Public } from '../../../platform/auth/access.js';
import { Sku } from '../../../platform/domain/index.js';
import { Recommendations } from '../application/recommendations.queries.js';

@ApiTags('recommendations')
@Controller()
export class RecommendationsController {
  constructor(private readonly recommendations: Recommendations) {}

  @Public()
  @Get('api/recommendations/:sku')
  @ApiOkResponse({
    description: 'Up to 5 skus most often bought together with this one, with counts.',
  })
  async boughtWith(@Param('sku') sku: string) {
    return { sku: Sku.normalize(sku), items: await this.recommendations.boughtWith(sku) };
  }

  @AdminOnly()
  @Post('api/admin/recommendations/rebuild')
  @HttpCode(202)
  async rebuild() {
    return { replayed: await this.recommendations.rebuild() };
  }
}
