import type { Type } from '@nestjs/common';

/** A class other contexts inject to ask a context something synchronously. */
export type PublicQueryClass = abstract new (...args: never[]) => object;

export interface PublicQueryRegistration {
  readonly query: PublicQueryClass;
  /** The context that answers it. */
  readonly context: string;
  readonly description: string;
  /** What callers may ask (abstract methods leave no trace at run time, so they are named). */
  readonly methods: readonly string[];
  /** The JSON Schema of each method's one argument: what crosses a process boundary is checked. */
  readonly argumentSchemas: Readonly<Record<string, object>>;
}

const declared = new WeakMap<object, PublicQueryRegistration>();

/**
 * Declares an abstract class of a context's `contracts/` as one of its public
 * queries: the synchronous calls other contexts may make. The platform counts
 * and traces its calls, the context map and extraction report show who calls
 * it, and where the answering context runs in another process callers get an
 * implementation that asks it over HTTP (ADR 0024).
 */
export function PublicQuery<T extends object>(options: {
  context: string;
  description: string;
  /** Each method callers may ask, with the JSON Schema of its one argument. */
  methods: Readonly<Record<keyof T & string, object>>;
}) {
  return (target: abstract new (...args: never[]) => T): void => {
    declared.set(target, {
      query: target,
      context: options.context,
      description: options.description,
      methods: Object.keys(options.methods),
      argumentSchemas: options.methods,
    });
  };
}

/** The declaration of a public query class, or undefined for any other token. */
export function publicQueryOf(token: unknown): PublicQueryRegistration | undefined {
  return typeof token === 'function' ? declared.get(token) : undefined;
}

type ProviderLike = Type | { provide?: unknown; useClass?: unknown } | null;

/** The public queries a context's module answers: its providers of a declared query class. */
export function publicQueriesServedBy(module: Type): PublicQueryRegistration[] {
  const providers = (Reflect.getMetadata('providers', module) ?? []) as ProviderLike[];
  return providers.flatMap((provider) => {
    const found = publicQueryOf(
      typeof provider === 'object' && provider !== null ? provider.provide : undefined,
    );
    return found ? [found] : [];
  });
}

/**
 * The tokens a module's providers and controllers inject (their constructor
 * parameter types), with who injects each: read from the code, so nobody
 * keeps a list of what a context asks of others.
 */
export function injectedBy(module: Type): Map<unknown, string[]> {
  const classes = [
    ...((Reflect.getMetadata('providers', module) ?? []) as ProviderLike[]),
    ...((Reflect.getMetadata('controllers', module) ?? []) as ProviderLike[]),
  ].flatMap((provider) => {
    if (typeof provider === 'function') return [provider];
    const useClass = provider?.useClass;
    return typeof useClass === 'function' ? [useClass as Type] : [];
  });
  const injected = new Map<unknown, string[]>();
  for (const type of classes) {
    const params = (Reflect.getMetadata('design:paramtypes', type) ?? []) as unknown[];
    for (const param of params) injected.set(param, [...(injected.get(param) ?? []), type.name]);
  }
  return injected;
}
