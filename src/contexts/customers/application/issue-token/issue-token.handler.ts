import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from '../../../../platform/auth/passwords.js';
import { type IssuedToken, TokenService } from '../../../../platform/auth/tokens.js';
import { Clock } from '../../../../platform/domain/index.js';
import { InvalidCredentials } from '../../domain/customer.errors.js';
import { CustomerRepository } from '../../domain/customer.repository.js';
import { Email } from '../../domain/email.js';
import { CustomersUnitOfWork } from '../customers.unit-of-work.js';
import { IssueTokenCommand } from './issue-token.command.js';

/** Signs a customer in: e-mail and password for a bearer token. */
@CommandHandler(IssueTokenCommand)
export class IssueTokenHandler implements ICommandHandler<IssueTokenCommand> {
  constructor(
    private readonly db: CustomersUnitOfWork,
    private readonly customers: CustomerRepository,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  async execute(command: IssueTokenCommand): Promise<IssuedToken> {
    let email: Email;
    try {
      email = Email.parse(command.email);
    } catch {
      throw new InvalidCredentials();
    }
    const customer = await this.db.unitOfWork(() => this.customers.findByEmail(email));
    // An unknown e-mail costs a hash check too, so timing does not tell which accounts exist.
    const valid = await verifyPassword(
      command.password,
      customer?.passwordHash ?? UNKNOWN_ACCOUNT_HASH,
    );
    // A disabled account answers like a wrong password: nothing to learn about it.
    if (!customer || !valid || customer.disabled) throw new InvalidCredentials();
    return this.tokens.issue(
      { id: customer.id, role: customer.role },
      this.clock.now(),
      customer.tokenVersion,
    );
  }
}
