import { Command } from '@nestjs/cqrs';

export class CreatePromotionCommand extends Command<{ code: string }> {
  constructor(
    readonly code: string,
    readonly percentage: number,
    readonly validFrom: Date,
    readonly validUntil: Date,
  ) {
    super();
  }
}
