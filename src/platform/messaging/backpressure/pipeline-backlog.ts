import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, LOGGER } from '../../config/tokens.js';
import { DatabaseServer } from '../../persistence/database-server.js';
import { TURN_HAS_COME } from '../inbox.js';
import { handlesOnReceipt } from '../messaging.runtime.js';

/**
 * The age of a context's oldest delivery whose turn has come but that no
 * worker has finished: how far its pipeline is behind. Retried deliveries
 * (attempts > 0) do not count, nor those held behind one: a poison event must
 * not stop the shop from taking orders, only its own aggregate.
 */
const OLDEST_WAITING = `
  select (extract(epoch from now() - i.received_at) * 1000)::float8 as lag_ms from inbox i
  where ${TURN_HAS_COME} and i.attempts = 0
  order by i.received_at, i.sequence
  limit 1`;

/**
 * The same, or the age of the oldest event of the context's outbox that its
 * relay has not delivered, whichever is older: where deliveries are handled
 * on receipt (ADR 0034) a pipeline that falls behind holds its backlog in the
 * producers' outboxes, not in the inboxes.
 */
const OLDEST_WAITING_OR_UNPUBLISHED = `
  select greatest(
    (${OLDEST_WAITING}),
    (select (extract(epoch from now() - o.recorded_at) * 1000)::float8 from outbox o
     where o.published_at is null order by o.position limit 1)) as lag_ms`;

export interface Behind {
  readonly context: string;
  readonly lagMs: number;
}

/**
 * Samples how far the hosted contexts' event pipelines are behind (ADR 0027).
 * Past BACKPRESSURE_MAX_LAG_MS the shop is overloaded until the lag falls to
 * half of it again (so it does not flap at the threshold); routes marked
 * `@ShedWhenBehind()` refuse new work meanwhile. Reads the inboxes in the
 * database, so a web process that runs no workers (MESSAGING_RUN=false) sheds
 * as well. The outboxes count only where deliveries are handled on receipt
 * (without a broker): with the broker away they grow by design, and orders
 * are still taken (docs/topology.md).
 */
@Injectable()
export class PipelineBacklog implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private behind?: Behind;
  private timer?: NodeJS.Timeout;
  private sampling?: Promise<void>;

  constructor(
    private readonly server: DatabaseServer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /** The context whose pipeline is too far behind to take more work, while it is. */
  get overloaded(): Behind | undefined {
    return this.behind;
  }

  onApplicationBootstrap(): void {
    if (this.config.BACKPRESSURE_MAX_LAG_MS === 0) return;
    this.timer = setInterval(() => {
      this.sampling ??= this.sample().finally(() => (this.sampling = undefined));
    }, this.config.BACKPRESSURE_SAMPLE_MS).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sampling;
  }

  /** Reads every hosted context's lag once and moves the overload state. */
  async sample(): Promise<void> {
    let worst: Behind = { context: '', lagMs: 0 };
    try {
      for (const db of this.server.databases) {
        const [row] = await db.query<{ lag_ms: number | null }>(
          handlesOnReceipt(this.config) ? OLDEST_WAITING_OR_UNPUBLISHED : OLDEST_WAITING,
        );
        if (row?.lag_ms != null && row.lag_ms > worst.lagMs)
          worst = { context: db.context, lagMs: row.lag_ms };
      }
    } catch (error) {
      // A database away answers its own requests with 503; keep the last state.
      this.log.debug({ err: error }, 'pipeline backlog not sampled');
      return;
    }
    this.move(worst);
  }

  private move(worst: Behind): void {
    const max = this.config.BACKPRESSURE_MAX_LAG_MS;
    if (!this.behind && worst.lagMs > max) {
      this.log.warn(
        { context: worst.context, lagMs: Math.round(worst.lagMs), maxLagMs: max },
        'event pipeline behind: shedding new orders until it catches up',
      );
      this.behind = worst;
    } else if (this.behind && worst.lagMs <= max / 2) {
      this.log.info({ lagMs: Math.round(worst.lagMs) }, 'event pipeline caught up: taking orders');
      this.behind = undefined;
    } else if (this.behind) {
      this.behind = worst;
    }
  }
}
