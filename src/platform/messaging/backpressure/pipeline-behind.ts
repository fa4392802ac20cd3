import { DomainError } from '../../domain/domain-error.js';
import type { Behind } from './pipeline-backlog.js';

/** The shop takes no new work of this kind until its event pipeline catches up. */
export class PipelineBehind extends DomainError {
  readonly code = 'MESSAGING.PIPELINE_BEHIND';
  readonly kind = 'unavailable';

  constructor(
    behind: Behind,
    override readonly retryAfterSeconds: number,
  ) {
    super(
      `The shop is working off a backlog (${behind.context} is ${Math.round(behind.lagMs / 1000)} s behind) and takes no new orders until it catches up`,
      { context: behind.context, lagMs: Math.round(behind.lagMs) },
    );
  }
}
