import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../config/tokens.js';
import { Clock } from '../../domain/clock.js';
import { DatabaseServer } from '../../persistence/database-server.js';
import { purgeExpiredKeys } from './idempotency-keys.js';

const HOURLY = 3_600_000;

/** Forgets expired idempotency keys in every hosted context, hourly. */
@Injectable()
export class IdempotencyKeyPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly server: DatabaseServer,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), HOURLY).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async purge(): Promise<void> {
    for (const db of this.server.databases) {
      try {
        const purged = await purgeExpiredKeys(db, this.clock.now());
        if (purged > 0)
          this.log.info({ context: db.context, purged }, 'expired idempotency keys purged');
      } catch (error) {
        this.log.warn({ err: error, context: db.context }, 'idempotency key purge failed');
      }
    }
  }
}
