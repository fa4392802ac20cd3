import { Command } from '@nestjs/cqrs';
import type { IssuedToken } from '../../../../platform/auth/tokens.js';

export class IssueTokenCommand extends Command<IssuedToken> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
