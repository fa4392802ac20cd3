import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { hashPassword, verifyPassword } from '../../../../platform/auth/passwords.js';
import { type IssuedToken, TokenService } from '../../../../platform/auth/tokens.js';
import { CurrentPasswordWrong } from '../../domain/customer.errors.js';
import { assertAcceptablePassword } from '../../domain/password-policy.js';
import { RevokingTokens } from '../revoking-tokens.js';
import { ChangePasswordCommand } from './change-password.command.js';

@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly revoking: RevokingTokens,
    private readonly tokens: TokenService,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<IssuedToken> {
    assertAcceptablePassword(command.newPassword);
    // Hashed before the transaction opens: scrypt is slow on purpose.
    const newHash = await hashPassword(command.newPassword);
    const customer = await this.revoking.change(command.customerId, async (customer, now) => {
      if (!(await verifyPassword(command.currentPassword, customer.passwordHash))) {
        throw new CurrentPasswordWrong();
      }
      customer.changePassword(newHash, now);
      return customer;
    });
    return this.tokens.issue(
      { id: customer.id, role: customer.role },
      this.revoking.clock.now(),
      customer.tokenVersion,
    );
  }
}
