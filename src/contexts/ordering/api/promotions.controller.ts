import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../../../platform/auth/access.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { CreatePromotionCommand } from '../application/create-promotion/create-promotion.command.js';
import { CreatePromotionRequest } from './dto/create-promotion.request.js';
import { OrderingDatabase } from '../infrastructure/ordering.database.js';

@ApiTags('ordering')
@Controller('api/promotions')
export class PromotionsController {
  constructor(private readonly commands: CommandBus) {}

  @AdminOnly()
  @Post()
  @Idempotent(OrderingDatabase)
  @ApiCreatedResponse({ description: 'The promotion, as stored.' })
  @ProblemResponses(400, 409)
  async create(@Body() body: CreatePromotionRequest) {
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
