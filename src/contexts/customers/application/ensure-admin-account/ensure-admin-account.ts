import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { hashPassword, verifyPassword } from '../../../../platform/auth/passwords.js';
import type { AppConfig } from '../../../../platform/config/config.js';
import { APP_CONFIG, LOGGER } from '../../../../platform/config/tokens.js';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import { Customer } from '../../domain/customer.js';
import { CustomerRepository } from '../../domain/customer.repository.js';
import { Email } from '../../domain/email.js';
import { CustomersUnitOfWork } from '../customers.unit-of-work.js';

/** The first administrator comes from configuration (ADMIN_EMAIL, ADMIN_PASSWORD), at every start. */
@Injectable()
export class EnsureAdminAccount implements OnApplicationBootstrap {
  constructor(
    private readonly db: CustomersUnitOfWork,
    private readonly customers: CustomerRepository,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    if ((await this.db.pendingMigrations()).length > 0) {
      this.log.warn(
        'the customers schema is not migrated: the administrator account is not checked',
      );
      return;
    }
    const email = Email.parse(ADMIN_EMAIL);
    const passwordHash = await hashPassword(ADMIN_PASSWORD);
    await this.db.unitOfWork(async () => {
      const existing = await this.customers.findByEmail(email);
      if (!existing) {
        const admin = Customer.register(
          {
            email,
            name: 'Administrator',
            passwordHash,
            role: 'admin',
            currency: this.currency.code,
          },
          this.clock.now(),
        );
        await this.customers.add(admin);
        this.log.info({ customerId: admin.id }, 'administrator account created');
      } else if (
        existing.role !== 'admin' ||
        !(await verifyPassword(ADMIN_PASSWORD, existing.passwordHash))
      ) {
        existing.becomeAdministrator(passwordHash, this.clock.now());
        this.customers.save(existing);
        this.log.info(
          { customerId: existing.id },
          'administrator account updated from configuration',
        );
      }
    });
  }
}
