import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/access.js';
import { ModulesReport } from './modules-report.js';
import { MODULES_REPORT_SCHEMA } from './modules.schema.js';

@ApiTags('operations')
@Controller()
export class ModulesController {
  constructor(private readonly report: ModulesReport) {}

  @AdminOnly()
  @Get('api/admin/modules')
  @ApiOperation({ summary: 'The contexts, where each runs, and what would cross the network' })
  @ApiOkResponse({
    schema: MODULES_REPORT_SCHEMA,
    description:
      'Every context: where it runs, what it publishes, consumes, serves and calls, its backlog, and its traffic per minute (what would cross the network if it left).',
  })
  modules() {
    return this.report.report();
  }
}
