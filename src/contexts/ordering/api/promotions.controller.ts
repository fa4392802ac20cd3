import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../../../platform/auth/access.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { CreatePromotionCommand } from '../application/create-promotion/create-promotion.command.js';
import { CreatePromotionRequest, PromotionResponse } from './dto/create-promotion.request.js';
import { OrderingDatabase } from '../infrastructure/ordering.database.js';

@ApiTags('ordering')
@Controller('api/promotions')
export class PromotionsController {
  constructor(private readonly commands: CommandBus) {}

  @AdminOnly()
  @Post()
  @Idempotent(OrderingDatabase)
  @ApiOperation({ summary: 'Create a promotion code' })
  @ApiCreatedResponse({ type: PromotionResponse, description: 'The promotion, as stored.' })
  @ProblemResponses('ORDERING.PROMOTION_CODE_TAKEN', 'ORDERING.INVALID_PROMOTION')
  async create(@Body() body: CreatePromotionRequest): Promise<PromotionResponse> {
    const validFrom = new Date(body.validFrom);
    const validUntil = new Date(body.validUntil);
    const { code } = await this.commands.execute(
      new CreatePromotionCommand(body.code, body.percentage, validFrom, validUntil),
    );
    return {
      code,
      percentage: body.percentage,
      validFrom: validFrom.toISOString(),
      validUntil: validUntil.toISOString(),
    };
  }
}
