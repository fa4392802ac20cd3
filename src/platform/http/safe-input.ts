import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSafeText } from '../domain/safe-text.js';
import { BadRequestProblem, type FieldError } from './problem.js';

/** Deepest nesting of objects and arrays a request may have; no DTO of the API comes close. */
export const MAX_INPUT_DEPTH = 16;

type Finding = { readonly code: string; readonly error: FieldError };

const fieldName = (parent: string, key: string, inArray: boolean) =>
  inArray ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

function inspect(value: unknown, field: string, depth: number): Finding | undefined {
  if (typeof value === 'string') {
    return isSafeText(value)
      ? undefined
      : {
          code: 'REQUEST.INVALID_TEXT',
          error: {
            field,
            message: `${field || 'a value'} holds a NUL character or invalid Unicode`,
          },
        };
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_INPUT_DEPTH) {
    return {
      code: 'REQUEST.TOO_DEEPLY_NESTED',
      error: { field, message: `nesting deeper than ${MAX_INPUT_DEPTH} levels` },
    };
  }
  const inArray = Array.isArray(value);
  for (const [key, child] of Object.entries(value)) {
    const name = fieldName(field, key, inArray);
    const finding = inspect(key, name, depth) ?? inspect(child as unknown, name, depth + 1);
    if (finding) return finding;
  }
  return undefined;
}

/**
 * A Fastify `preValidation` hook: before any pipe, transformer or query sees
 * it, refuses a request whose path parameters, query or body hold text that
 * cannot be stored, or that is nested deeper than any DTO (class-transformer
 * would recurse until the stack overflows). One place for every route,
 * instead of a decorator on every string field.
 */
export function refuseUnsafeInput(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: (error?: Error) => void,
): void {
  // A body forwarded to another process (the gateway's proxy) is a stream, checked where it lands.
  const body = isStream(request.body) ? undefined : request.body;
  const finding =
    inspect(request.params, '', 0) ?? inspect(request.query, '', 0) ?? inspect(body, '', 0);
  done(
    finding &&
      new BadRequestProblem(finding.code, `Invalid request: ${finding.error.message}`, [
        finding.error,
      ]),
  );
}

function isStream(value: unknown): boolean {
  return typeof (value as { pipe?: unknown } | null)?.pipe === 'function';
}
