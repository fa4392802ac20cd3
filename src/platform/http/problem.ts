import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '../domain/domain-error.js';

/** One failing input field, as reported in a validation problem. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** RFC 9457 problem details, with the stable `code` clients switch on. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

/** Input that did not pass validation; carries every failing field. */
export class RequestValidationFailed extends HttpException {
  constructor(readonly fieldErrors: readonly FieldError[]) {
    super(`Invalid request: ${fieldErrors.map((e) => e.field).join(', ')}`, HttpStatus.BAD_REQUEST);
  }
}

/** A request that is well-formed but names something invalid (a cursor, a path parameter). */
export class BadRequestProblem extends HttpException {
  constructor(
    readonly code: string,
    detail: string,
    readonly fieldErrors?: readonly FieldError[],
  ) {
    super(detail, HttpStatus.BAD_REQUEST);
  }
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule_violated: 422,
  unavailable: 503,
};

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST.BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST.INVALID_CONTENT_LENGTH',
};

const typeOf = (code: string) => `urn:emporium:problem:${code.toLowerCase()}`;

const titleOf = (status: number) =>
  (HttpStatus[status] ?? 'ERROR')
    .toLowerCase()
    .split('_')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');

function problem(
  status: number,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  // The standard members come last: a detail named like one of them cannot replace it.
  return { ...extra, type: typeOf(code), title: titleOf(status), status, detail, code };
}

/**
 * Turns anything thrown while serving a request into problem details. The
 * second value says whether the error was unexpected (and must be logged as a
 * fault rather than as a client mistake).
 */
export function toProblem(error: unknown): { problem: Problem; unexpected: boolean } {
  if (error instanceof DomainError) {
    const status = STATUS_OF_KIND[error.kind];
    return {
      problem: problem(status, error.code, error.message, error.details),
      unexpected: false,
    };
  }
  if (error instanceof RequestValidationFailed) {
    return {
      problem: problem(400, 'REQUEST.VALIDATION_FAILED', error.message, {
        errors: error.fieldErrors,
      }),
      unexpected: false,
    };
  }
  if (error instanceof BadRequestProblem) {
    return {
      problem: problem(
        400,
        error.code,
        error.message,
        error.fieldErrors ? { errors: error.fieldErrors } : {},
      ),
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest wraps Fastify's own errors (malformed JSON, wrong media type); keep their meaning.
    const fastifyCode = (error.cause as { code?: string } | undefined)?.code;
    const code =
      (fastifyCode && FASTIFY_CODES[fastifyCode]) ?? `HTTP.${HttpStatus[status] ?? status}`;
    return { problem: problem(status, code, error.message), unexpected: status >= 500 };
  }
  const fastify = error as { code?: string; statusCode?: number; message?: string };
  if (
    typeof fastify.statusCode === 'number' &&
    fastify.statusCode >= 400 &&
    fastify.statusCode < 500
  ) {
    const code =
      (fastify.code && FASTIFY_CODES[fastify.code]) ??
      `HTTP.${HttpStatus[fastify.statusCode] ?? fastify.statusCode}`;
    return {
      problem: problem(fastify.statusCode, code, fastify.message ?? 'Bad request'),
      unexpected: false,
    };
  }
  return {
    problem: problem(
      500,
      'INTERNAL.UNEXPECTED',
      'An unexpected error occurred; it has been logged.',
    ),
    unexpected: true,
  };
}
