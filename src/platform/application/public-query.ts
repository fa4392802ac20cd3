/** A class other contexts inject to ask a context something synchronously. */
export type PublicQueryClass = abstract new (...args: never[]) => object;

export interface PublicQueryRegistration {
  readonly query: PublicQueryClass;
  /** The context that answers it. */
  readonly context: string;
  readonly description: string;
}

const registrations: PublicQueryRegistration[] = [];

/**
 * Declares an abstract class of a context's `contracts/` as one of its public
 * queries: the synchronous calls other contexts may make. The platform counts
 * and traces its calls, and the context map and extraction report show who
 * calls it.
 */
export function PublicQuery(options: { context: string; description: string }) {
  return (target: PublicQueryClass): void => {
    registrations.push({ query: target, ...options });
  };
}

export function publicQueries(): readonly PublicQueryRegistration[] {
  return registrations;
}
