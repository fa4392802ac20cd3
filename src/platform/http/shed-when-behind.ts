import { applyDecorators, type CanActivate, Inject, Injectable, UseGuards } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { PipelineBacklog } from '../messaging/backpressure/pipeline-backlog.js';
import { PipelineBehind } from '../messaging/backpressure/pipeline-behind.js';
import { ProblemResponses } from './openapi.js';

@Injectable()
class ShedWhenBehindGuard implements CanActivate {
  private readonly retryAfterSeconds: number;

  constructor(
    private readonly backlog: PipelineBacklog,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // Shedding stops once the lag is down to half the limit: about that long at the least.
    this.retryAfterSeconds = Math.max(1, Math.ceil(config.BACKPRESSURE_MAX_LAG_MS / 2000));
  }

  canActivate(): boolean {
    const behind = this.backlog.overloaded;
    if (behind) throw new PipelineBehind(behind, this.retryAfterSeconds);
    return true;
  }
}

/**
 * Refuses the route with 503 `MESSAGING.PIPELINE_BEHIND` and `Retry-After`
 * while the event pipeline is further behind than BACKPRESSURE_MAX_LAG_MS
 * (ADR 0027): for routes that start work the pipeline must do, so that a
 * peak leaves a bounded backlog rather than a growing one.
 */
export const ShedWhenBehind = () =>
  applyDecorators(UseGuards(ShedWhenBehindGuard), ProblemResponses('MESSAGING.PIPELINE_BEHIND'));
