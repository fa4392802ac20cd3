import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../../../platform/config/config.js';
import { APP_CONFIG, LOGGER } from '../../../platform/config/tokens.js';
import { ReconcilePayments } from '../application/reconcile-payments/reconcile-payments.js';

/** Runs the reconciliation every PAYMENT_RECONCILE_INTERVAL_MS (0: never), one run at a time. */
@Injectable()
export class ReconciliationSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly reconciliation: ReconcilePayments,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.PAYMENT_RECONCILE_INTERVAL_MS;
    if (every > 0) this.timer = setInterval(() => void this.tick(), every).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.reconciliation.run();
    } catch (error) {
      this.log.warn({ err: error }, 'payment reconciliation failed; it runs again later');
    } finally {
      this.running = false;
    }
  }
}
