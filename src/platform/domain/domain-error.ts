/**
 * How a broken rule should be understood by any edge (HTTP, messaging, CLI).
 * The HTTP exception filter maps each kind to one status; nothing in a context
 * needs to know about status codes.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rule_violated'
  /** Something the answer depends on (another process, the broker) cannot be reached now. */
  | 'unavailable';

/**
 * Base of every business-rule failure. Subclasses are named after the rule
 * (`ProductAlreadyDiscontinued`) and carry a stable `code` that clients may
 * rely on (`CATALOG.PRODUCT_ALREADY_DISCONTINUED`).
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;
  /** When the caller may usefully try again, in seconds (a `Retry-After` at the HTTP edge). */
  readonly retryAfterSeconds?: number;

  constructor(
    message: string,
    /** Extra machine-readable facts about the failure, safe to show to the caller. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
