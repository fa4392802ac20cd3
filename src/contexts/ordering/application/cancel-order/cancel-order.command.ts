import { Command } from '@nestjs/cqrs';
import type { Principal } from '../../../../platform/auth/principal.js';

export class CancelOrderCommand extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly caller: Principal,
  ) {
    super();
  }
}
