import { DomainError } from '../domain/domain-error.js';

/** No valid bearer token: missing, malformed, badly signed, expired, or for another issuer or audience. */
export class Unauthenticated extends DomainError {
  readonly code = 'AUTH.UNAUTHENTICATED';
  readonly kind = 'unauthenticated';

  constructor() {
    super('A valid bearer token is required');
  }
}

export class AdminRoleRequired extends DomainError {
  readonly code = 'AUTH.ADMIN_ROLE_REQUIRED';
  readonly kind = 'forbidden';

  constructor() {
    super('Only an administrator may do this');
  }
}
