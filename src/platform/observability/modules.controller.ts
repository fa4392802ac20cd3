import { Controller, Get, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/access.js';
import { ScopeQuery } from '../topology/scope.query.js';
import { callerOf } from '../topology/shop-processes.js';
import { ModulesReport } from './modules-report.js';
import { MODULES_REPORT_SCHEMA } from './modules.schema.js';

@ApiTags('operations')
@Controller()
export class ModulesController {
  constructor(private readonly report: ModulesReport) {}

  @AdminOnly()
  @Get('api/admin/modules')
  @ApiOperation({
    summary: 'The contexts, which process hosts each, and what would cross the network',
  })
  @ApiOkResponse({
    schema: MODULES_REPORT_SCHEMA,
    description:
      'Every context of the shop: which process hosts it, what it publishes, consumes, serves and calls, its backlog and consumer lag, and its traffic per minute (what would cross the network if it left); the broker state of each process.',
  })
  modules(@Query() query: ScopeQuery, @Req() request: FastifyRequest) {
    return this.report.report(query.scope, callerOf(request));
  }
}
