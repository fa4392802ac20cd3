import { DomainError } from '../../domain/domain-error.js';

/** The key was used before for another request: another route, target or body. */
export class IdempotencyKeyReused extends DomainError {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';
  readonly kind = 'rule_violated';

  constructor() {
    super(
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    );
  }
}

/** A request with the same key is still running: its answer is not known yet. */
export class IdempotentRequestInProgress extends DomainError {
  readonly code = 'IDEMPOTENCY.REQUEST_IN_PROGRESS';
  readonly kind = 'conflict';

  constructor(override readonly retryAfterSeconds: number) {
    super('A request with this Idempotency-Key is still in progress; retry after a moment.', {
      retryAfter: retryAfterSeconds,
    });
  }
}
