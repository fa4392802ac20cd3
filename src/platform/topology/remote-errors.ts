import { DomainError, type DomainErrorKind } from '../domain/domain-error.js';

const KIND_OF_STATUS: Record<number, DomainErrorKind> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'rule_violated',
};

/**
 * A problem another process answered a public query with: the same code and
 * HTTP status reach this process's caller, as if the provider were local.
 */
export class RemoteProblem extends DomainError {
  readonly kind: DomainErrorKind;

  constructor(
    readonly code: string,
    status: number,
    detail: string,
  ) {
    super(detail);
    this.kind = KIND_OF_STATUS[status] ?? 'invalid';
  }

  static kindKnown(status: number): boolean {
    return status in KIND_OF_STATUS;
  }
}

/** A context in another process did not answer in time, or is known to be down (its circuit is open). */
export class RemoteContextUnavailable extends DomainError {
  readonly code = 'TOPOLOGY.CONTEXT_UNAVAILABLE';
  readonly kind = 'unavailable';

  constructor(
    context: string,
    override readonly retryAfterSeconds: number,
    reason: string,
  ) {
    super(`The ${context} context does not answer now (${reason}); try again shortly`, {
      context,
    });
  }
}

/** A process was asked a public query it does not serve. */
export class UnknownPublicQuery extends DomainError {
  readonly code = 'TOPOLOGY.UNKNOWN_PUBLIC_QUERY';
  readonly kind = 'not_found';

  constructor(query: string, method: string) {
    super(`This process serves no public query ${query}.${method}`, { query, method });
  }
}

/** A signed public query whose argument does not have the shape its method declares. */
export class PublicQueryArgumentInvalid extends DomainError {
  readonly code = 'TOPOLOGY.QUERY_ARGUMENT_INVALID';
  readonly kind = 'invalid';

  constructor(query: string, method: string, problems: string) {
    super(`The argument of ${query}.${method} does not match its schema: ${problems}`, {
      query,
      method,
      problems,
    });
  }
}

/** A public query without a fresh signature by the deployment's key: not from a process of this shop. */
export class UnsignedPublicQuery extends DomainError {
  readonly code = 'TOPOLOGY.QUERY_NOT_SIGNED';
  readonly kind = 'unauthenticated';

  constructor() {
    super('Public queries between processes must be signed with the deployment key');
  }
}
