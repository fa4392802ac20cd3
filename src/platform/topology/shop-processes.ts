import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/domain-error.js';
import { RemoteContextUnavailable, RemoteProblem } from './remote-errors.js';

/** Another process of the shop: its base URL, the contexts it hosts and their route prefixes. */
export interface RemoteProcess {
  readonly baseUrl: string;
  readonly contexts: readonly string[];
  readonly prefixes: readonly string[];
}

/** Who asks, as the client sent it: each remote process checks the token itself. */
export interface Caller {
  readonly authorization?: string;
  readonly requestId: string;
}

export const callerOf = (request: FastifyRequest): Caller => ({
  authorization: request.headers.authorization,
  requestId: request.id,
});

/** What one remote process answered, or why it did not. */
export type Answer<T> =
  | { readonly process: RemoteProcess; readonly answer: T }
  | { readonly process: RemoteProcess; readonly error: DomainError };

/** How a remote process's part of a merged document was obtained. */
export type PartState = 'merged' | 'stale' | 'unreachable';

/** One remote process's document: fresh, the last one it gave (stale), or none (unreachable). */
export interface DocumentPart<T = Record<string, unknown>> {
  readonly process: RemoteProcess;
  readonly document?: T;
  readonly state: PartState;
}

/**
 * How long a remote process's public document is reused, and how long a
 * process that did not give it is not asked again: a client that reloads
 * /docs costs the other processes one request per this time at most, and a
 * remote's new build shows within it.
 */
const DOCUMENT_FRESH_MS = 5_000;

/** The other processes of the shop (`<CONTEXT>_URL`), one per base URL; injected where views merge them. */
export const SHOP_PROCESSES = Symbol('SHOP_PROCESSES');

/** `?scope=process`: what the asked process hosts, so two processes never ask each other in a loop. */
export const PROCESS_SCOPE = 'scope=process';

/**
 * Asks the other processes of the shop for their part of a view an operator
 * or a client sees at one base URL (documents, dead letters, modules). The
 * caller's bearer token and request id go along as they came: the answering
 * process authenticates the caller itself. Only these views pay for it: the
 * forwarded routes go through the proxy (gateway.ts), ordinary requests never
 * come here.
 */
export class ShopProcesses {
  private readonly documents = new Map<
    string,
    { document?: Record<string, unknown>; at: number; failedAt?: number }
  >();
  private readonly asking = new Map<string, Promise<DocumentPart>>();

  constructor(
    readonly remote: readonly RemoteProcess[],
    private readonly timeoutMs: number,
  ) {}

  /** The process that hosts `context`, if it runs elsewhere and is declared. */
  hosting(context: string): RemoteProcess | undefined {
    return this.remote.find((process) => process.contexts.includes(context));
  }

  /**
   * Asks one process; its problems (4xx) come back as the same error, no
   * answer in time or a 5xx as `RemoteContextUnavailable`.
   */
  async ask<T>(
    process: RemoteProcess,
    method: 'GET' | 'POST',
    path: string,
    caller?: Caller,
  ): Promise<T> {
    const context = process.contexts.join(', ');
    let response: Response;
    let text: string;
    try {
      response = await fetch(new URL(path, process.baseUrl), {
        method,
        headers: {
          accept: 'application/json',
          ...(caller?.authorization ? { authorization: caller.authorization } : {}),
          ...(caller ? { 'x-request-id': caller.requestId } : {}),
          ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
        },
        body: method === 'POST' ? '{}' : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new RemoteContextUnavailable(context, 1, timedOut ? 'timed out' : 'no answer');
    }
    const body = parseJson(text);
    if (response.ok && body !== undefined) return body as T;
    if (response.ok || response.status >= 500 || !RemoteProblem.kindKnown(response.status))
      throw new RemoteContextUnavailable(context, 1, `answered ${response.status}`);
    const problem = (body ?? {}) as { code?: string; detail?: string };
    throw new RemoteProblem(
      problem.code ?? `HTTP.${response.status}`,
      response.status,
      problem.detail ?? `the process of ${context} refused`,
    );
  }

  /**
   * Each remote process's public document at `path` (its own part only),
   * asked when a client asks for the merged one and reused for a few seconds;
   * a process that does not answer gives its last document (`stale`) or none
   * (`unreachable`), and the merged document is still served.
   */
  documentParts(path: string, now = Date.now()): Promise<DocumentPart[]> {
    return Promise.all(this.remote.map((process) => this.documentPart(process, path, now)));
  }

  private documentPart(process: RemoteProcess, path: string, now: number): Promise<DocumentPart> {
    const key = `${process.baseUrl} ${path}`;
    const known = this.documents.get(key);
    const part = (): DocumentPart => {
      const last = this.documents.get(key);
      if (!last?.document) return { process, state: 'unreachable' };
      return { process, document: last.document, state: last.failedAt ? 'stale' : 'merged' };
    };
    if (known && now - Math.max(known.at, known.failedAt ?? 0) < DOCUMENT_FRESH_MS)
      return Promise.resolve(part());
    let asking = this.asking.get(key);
    if (!asking) {
      asking = this.ask<Record<string, unknown>>(process, 'GET', `${path}?${PROCESS_SCOPE}`)
        .then(
          (document) => this.documents.set(key, { document, at: now }),
          () => this.documents.set(key, { ...known, at: known?.at ?? 0, failedAt: now }),
        )
        .then(part)
        .finally(() => this.asking.delete(key));
      this.asking.set(key, asking);
    }
    return asking;
  }

  /**
   * This process's part of a view (`own`) and, for `scope` shop, the same
   * view of every other process (`path?scope=process`), asked at once.
   */
  async gather<T>(
    scope: 'shop' | 'process',
    method: 'GET' | 'POST',
    path: string,
    caller: Caller,
    own: () => Promise<T>,
  ): Promise<Gathered<T>> {
    if (scope === 'process' || this.remote.length === 0)
      return { own: await own(), others: [], unreachable: [] };
    const [mine, answers] = await Promise.all([
      own(),
      this.askEach<T>(method, `${path}?${PROCESS_SCOPE}`, caller),
    ]);
    const { answers: others, unreachable } = answered(answers);
    return { own: mine, others, unreachable };
  }

  /**
   * What this process has (`own`), else the first other process that has it
   * (`path?scope=process`; e.g. a dead letter by id). A `not found` here and
   * from every process is `notFound`; if one did not answer, that is the
   * answer (503): the thing may be there.
   */
  async firstFound<T>(
    scope: 'shop' | 'process',
    method: 'GET' | 'POST',
    path: string,
    caller: Caller,
    own: () => Promise<T>,
  ): Promise<T> {
    try {
      return await own();
    } catch (notFound) {
      if (
        scope === 'process' ||
        !(notFound instanceof DomainError) ||
        notFound.kind !== 'not_found'
      )
        throw notFound;
      let away: RemoteContextUnavailable | undefined;
      for (const process of this.remote) {
        try {
          return await this.ask<T>(process, method, `${path}?${PROCESS_SCOPE}`, caller);
        } catch (error) {
          if (error instanceof RemoteContextUnavailable) away = error;
          else if (!(error instanceof RemoteProblem && error.kind === 'not_found')) throw error;
        }
      }
      throw away ?? notFound;
    }
  }

  /** Asks every remote process at once; each answer or error, in the order of `remote`. */
  askEach<T>(method: 'GET' | 'POST', path: string, caller?: Caller): Promise<Answer<T>[]> {
    return Promise.all(
      this.remote.map((process) =>
        this.ask<T>(process, method, path, caller).then(
          (answer) => ({ process, answer }),
          (error: unknown) => {
            if (!(error instanceof DomainError)) throw error;
            return { process, error };
          },
        ),
      ),
    );
  }
}

/** A view this process gives with its own part, and the other processes' parts for the whole shop. */
export interface Gathered<T> {
  readonly own: T;
  readonly others: readonly { readonly process: RemoteProcess; readonly answer: T }[];
  /** Contexts whose process did not answer: their part is missing. */
  readonly unreachable: string[];
}

/**
 * The answers of the processes that answered; a refusal of the caller (a
 * remote's 4xx) is the caller's answer, as it would be from one process;
 * those that did not answer are named in `unreachable` (their contexts).
 */
export function answered<T>(answers: readonly Answer<T>[]): {
  answers: { process: RemoteProcess; answer: T }[];
  unreachable: string[];
} {
  const ok: { process: RemoteProcess; answer: T }[] = [];
  const unreachable: string[] = [];
  for (const answer of answers) {
    if ('answer' in answer) ok.push(answer);
    else if (answer.error instanceof RemoteProblem) throw answer.error;
    else unreachable.push(...answer.process.contexts);
  }
  return { answers: ok, unreachable: unreachable.sort() };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** No other process: a process that hosts every context, or one that forwards nothing. */
export const NO_OTHER_PROCESSES = new ShopProcesses([], 0);
