import { Command } from '@nestjs/cqrs';
import type { IssuedToken } from '../../../../platform/auth/tokens.js';

/** Changes the password (the current one is required); other tokens are revoked, a new one is issued. */
export class ChangePasswordCommand extends Command<IssuedToken> {
  constructor(
    readonly customerId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {
    super();
  }
}
