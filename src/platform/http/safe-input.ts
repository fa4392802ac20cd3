import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSafeText } from '../domain/safe-text.js';
import { BadRequestProblem } from './problem.js';

/** Deepest nesting of objects and arrays a request may have; no DTO of the API comes close. */
export const MAX_INPUT_DEPTH = 16;

/** What is wrong, and where: the keys from the top down to the offending value, filled in on the way out. */
type Finding = {
  readonly code: 'REQUEST.INVALID_TEXT' | 'REQUEST.TOO_DEEPLY_NESTED';
  readonly path: { readonly key: string; readonly inArray: boolean }[];
};

const invalidText = (): Finding => ({ code: 'REQUEST.INVALID_TEXT', path: [] });

// Walks every request of the API, so it allocates nothing unless it finds something (no entry arrays, no field names).
function inspect(value: unknown, depth: number): Finding | undefined {
  if (typeof value === 'string') return isSafeText(value) ? undefined : invalidText();
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_INPUT_DEPTH) return { code: 'REQUEST.TOO_DEEPLY_NESTED', path: [] };
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const finding = isSafeText(key) ? inspect(record[key], depth + 1) : invalidText();
    if (finding) {
      finding.path.unshift({ key, inArray: Array.isArray(value) });
      return finding;
    }
  }
  return undefined;
}

function refusal({ code, path }: Finding): BadRequestProblem {
  const field = path.reduce(
    (parent, { key, inArray }) =>
      inArray ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key,
    '',
  );
  const message =
    code === 'REQUEST.INVALID_TEXT'
      ? `${field || 'a value'} holds a NUL character or invalid Unicode`
      : `nesting deeper than ${MAX_INPUT_DEPTH} levels`;
  return new BadRequestProblem(code, `Invalid request: ${message}`, [{ field, message }]);
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
  const finding = inspect(request.params, 0) ?? inspect(request.query, 0) ?? inspect(body, 0);
  done(finding && refusal(finding));
}

function isStream(value: unknown): boolean {
  return typeof (value as { pipe?: unknown } | null)?.pipe === 'function';
}
