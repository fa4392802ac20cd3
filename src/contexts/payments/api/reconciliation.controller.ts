import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RECONCILIATION_REPORT_SCHEMA } from './dto/reconciliation.schema.js';
import { AdminOnly } from '../../../platform/auth/access.js';
import { ReconcilePayments } from '../application/reconcile-payments/reconcile-payments.js';
import type { ReconciliationReport } from '../application/reconcile-payments/reconciliation-report.js';

@ApiTags('payments')
@Controller('api/admin/payments')
export class ReconciliationController {
  constructor(private readonly reconciliation: ReconcilePayments) {}

  @AdminOnly()
  @Post('reconciliation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reconcile payments with the providers now' })
  @ApiOkResponse({
    schema: RECONCILIATION_REPORT_SCHEMA,
    description:
      'Reconciles the last two days now (the periodic run compares only what is new since its last run): provider charges without a payment are recorded (their orders move on) and the order’s given-up deliveries replayed; payments without a provider charge are reported.',
  })
  reconcile(): Promise<ReconciliationReport> {
    return this.reconciliation.run({ full: true });
  }

  @AdminOnly()
  @Get('reconciliations')
  @ApiOperation({ summary: 'The latest reconciliations that found something' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: RECONCILIATION_REPORT_SCHEMA } },
    },
    description: 'The latest reconciliations that found something, newest first.',
  })
  async list(): Promise<{ items: ReconciliationReport[] }> {
    return { items: await this.reconciliation.latest() };
  }
}
