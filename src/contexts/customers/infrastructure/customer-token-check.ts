import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TokenRevocation } from '../../../platform/auth/revocation.js';
import { CustomersDatabase } from './customers.database.js';

/**
 * Registers with the platform's guard the answer only this context knows:
 * the token version a customer's tokens must carry now, or none when the
 * customer does not exist or is disabled (ADR 0017).
 */
@Injectable()
export class CustomerTokenCheck implements OnModuleInit {
  constructor(
    private readonly db: CustomersDatabase,
    private readonly revocation: TokenRevocation,
  ) {}

  onModuleInit(): void {
    this.revocation.register(async (customerId) => {
      const [row] = await this.db.query<{ token_version: number; disabled: boolean }>(
        'select token_version, disabled from customers where id = $1',
        [customerId],
      );
      return row && !row.disabled ? row.token_version : null;
    });
  }
}
