import type { Provider, Type } from '@nestjs/common';

type Token<T> = abstract new (...args: never[]) => T;

/**
 * A context's public query: a question other contexts may ask it now (a
 * shipping quote), as the abstract class callers inject, and the context that
 * answers it. Where the answering context runs in another process, callers
 * get an implementation that asks it over HTTP (`remoteImplementation`).
 */
export interface PublicQuery<T extends object = object> {
  readonly token: Token<T>;
  readonly provider: string;
  /** What callers may ask (abstract methods leave no trace at run time, so they are named). */
  readonly methods: readonly (keyof T & string)[];
}

export function definePublicQuery<T extends object>(query: PublicQuery<T>): PublicQuery<T> {
  return query;
}

/** The methods callers may ask: the abstract class's own, nothing inherited. */
export function methodsOf(query: PublicQuery): string[] {
  return Object.getOwnPropertyNames(query.token.prototype).filter((name) => name !== 'constructor');
}

const SERVES = Symbol('emporium.servesPublicQuery');

/** A provider of the answering context's module: the in-process answer to a public query. */
export function servePublicQuery<T extends object>(
  query: PublicQuery<T>,
  implementation: Type<T>,
): Provider {
  return { provide: query.token, useClass: implementation, [SERVES]: query } as Provider;
}

/** The public queries a module serves (its `servePublicQuery` providers). */
export function publicQueriesServedBy(module: Type): PublicQuery[] {
  const providers = (Reflect.getMetadata('providers', module) ?? []) as unknown[];
  return providers.flatMap((provider) =>
    typeof provider === 'object' && provider !== null && SERVES in provider
      ? [(provider as { [SERVES]: PublicQuery })[SERVES]]
      : [],
  );
}

/**
 * The tokens a module's providers and controllers inject (their constructor
 * parameter types), with who injects each: read from the code, so nobody
 * keeps a list of what a context asks of others.
 */
export function injectedBy(module: Type): Map<unknown, string[]> {
  const classes = [
    ...((Reflect.getMetadata('providers', module) ?? []) as unknown[]),
    ...((Reflect.getMetadata('controllers', module) ?? []) as unknown[]),
  ].flatMap((provider) => {
    if (typeof provider === 'function') return [provider];
    const useClass = (provider as { useClass?: unknown } | null)?.useClass;
    return typeof useClass === 'function' ? [useClass] : [];
  });
  const injected = new Map<unknown, string[]>();
  for (const type of classes) {
    const params = (Reflect.getMetadata('design:paramtypes', type) ?? []) as unknown[];
    for (const param of params) {
      injected.set(param, [...(injected.get(param) ?? []), (type as { name: string }).name]);
    }
  }
  return injected;
}
