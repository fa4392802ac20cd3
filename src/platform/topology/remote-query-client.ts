import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleType,
  type IPolicy,
  retry,
  wrap,
} from 'cockatiel';
import { MessageContext } from '../messaging/message-context.js';
import type { PublicQueryRegistration } from '../application/public-query.js';
import { signQuery } from './query-signature.js';
import { RemoteContextUnavailable, RemoteProblem } from './remote-errors.js';

export interface RemoteQuerySettings {
  /** Longest wait for one attempt. */
  readonly timeoutMs: number;
  /** Attempts after the first one fails transiently (public queries are idempotent). */
  readonly retries: number;
  /** Consecutive failed calls that open the circuit. */
  readonly breakerThreshold: number;
  /** How long an open circuit refuses calls before letting one through. */
  readonly halfOpenAfterMs: number;
}

/** No answer, or an answer that says the other side is not able to answer now: worth another try. */
class Transient extends Error {}

/** Where a process answers the public queries it serves: `POST /internal/queries/<query>/<method>`. */
export const queryPath = (query: string, method: string) => `/internal/queries/${query}/${method}`;

/**
 * Asks a context in another process a public query over HTTP, signed with the
 * deployment's key (`signQuery`): a timeout per attempt, bounded retries with backoff for transient
 * failures (no answer, 5xx), and a circuit breaker. The provider's problems
 * (4xx problem+json) come back as the same error; a provider that does not
 * answer becomes `RemoteContextUnavailable` (503 with Retry-After), never a
 * hang and never a 500.
 */
export class RemoteQueryClient {
  private readonly policy: IPolicy;

  constructor(
    readonly context: string,
    private readonly baseUrl: string,
    private readonly key: string,
    private readonly settings: RemoteQuerySettings,
  ) {
    this.policy = wrap(
      circuitBreaker(handleType(Transient), {
        halfOpenAfter: settings.halfOpenAfterMs,
        breaker: new ConsecutiveBreaker(settings.breakerThreshold),
      }),
      retry(handleType(Transient), {
        maxAttempts: settings.retries,
        backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 500 }),
      }),
    );
  }

  /** Asks `method` of the query with one JSON argument; answers the provider's JSON answer. */
  async ask<T>(query: string, method: string, argument: unknown): Promise<T> {
    const path = queryPath(query, method);
    const body = JSON.stringify(argument ?? null);
    try {
      return await this.policy.execute(() => this.attempt<T>(path, body));
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        throw new RemoteContextUnavailable(
          this.context,
          Math.ceil(this.settings.halfOpenAfterMs / 1000),
          'its circuit is open after repeated failures',
        );
      }
      if (error instanceof Transient)
        throw new RemoteContextUnavailable(this.context, 1, error.message);
      throw error;
    }
  }

  private async attempt<T>(path: string, body: string): Promise<T> {
    const { correlationId } = MessageContext.current();
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': correlationId,
          'x-emporium-signature': signQuery(this.key, path, body),
        },
        body,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'no answer';
      throw new Transient(reason);
    }
    const text = await response.text();
    if (response.ok) return JSON.parse(text) as T;
    if (response.status >= 500 || !RemoteProblem.kindKnown(response.status)) {
      throw new Transient(`answered ${response.status}`);
    }
    const problem = parseProblem(text);
    throw new RemoteProblem(
      problem?.code ?? `HTTP.${response.status}`,
      response.status,
      problem?.detail ?? `the ${this.context} context refused the query`,
    );
  }
}

function parseProblem(text: string): { code?: string; detail?: string } | undefined {
  try {
    return JSON.parse(text) as { code?: string; detail?: string };
  } catch {
    return undefined;
  }
}

/** The public query as callers inject it, each method asked of the remote process. */
export function remoteImplementation(
  query: PublicQueryRegistration,
  client: RemoteQueryClient,
): object {
  const implementation: Record<string, (argument: unknown) => Promise<unknown>> = {};
  for (const method of query.methods) {
    implementation[method] = (argument) => client.ask(query.query.name, method, argument);
  }
  return implementation;
}
