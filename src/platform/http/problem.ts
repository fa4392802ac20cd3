import { OptimisticLockError } from '@mikro-orm/core';
import { HttpException, HttpStatus } from '@nestjs/common';
import { PasswordHashingBusy } from '../auth/passwords.js';
import { DomainError, type DomainErrorKind } from '../domain/domain-error.js';
import { type OutageCause, outageCause } from '../persistence/database-outage.js';
import { problemTitle, problemType } from './problem-catalog.js';

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

/**
 * Too many requests from this caller (429), or too busy right now (503):
 * the answer carries `Retry-After`, in seconds.
 */
export class RetryLater extends HttpException {
  constructor(
    status: 429 | 503,
    readonly code: string,
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail, status);
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
  FST_ERR_BAD_URL: 'REQUEST.MALFORMED_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'REQUEST.URL_TOO_LONG',
  // Node's HTTP parser, before Fastify (edge-errors.ts)
  HPE_HEADER_OVERFLOW: 'REQUEST.HEADERS_TOO_LARGE',
  ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST.TIMEOUT',
};

function problem(
  status: number,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  // The standard members come last: a detail named like one of them cannot replace it.
  return { ...extra, type: problemType(code), title: problemTitle(code), status, detail, code };
}

/** What a client is told to wait before retrying a request the database could not serve. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const OUTAGE_DETAIL: Record<OutageCause, string> = {
  timeout: 'The database did not answer in time',
  unreachable: 'The database cannot be reached',
  unavailable: 'The database is not accepting work',
};

export interface ProblemOutcome {
  readonly problem: Problem;
  /** A fault of ours, to be logged as one rather than as a client mistake. */
  readonly unexpected: boolean;
  /** Set when the database could not serve the request: the client should retry after this many seconds. */
  readonly retryAfterSeconds?: number;
  readonly outage?: OutageCause;
}

/**
 * Turns anything thrown while serving a request into problem details, and
 * says whether it was unexpected or a database outage (a 503 the client may
 * retry: for a write, its outcome is unknown; see ADR 0018).
 */
export function toProblem(error: unknown): ProblemOutcome {
  if (error instanceof DomainError) {
    const status = STATUS_OF_KIND[error.kind];
    return {
      problem: problem(status, error.code, error.message, error.details),
      unexpected: false,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (error instanceof OptimisticLockError) {
    // Another request changed the same aggregate between our read and our write: the
    // caller's request lost a race, not the server its mind (ADR 0020).
    return {
      problem: problem(
        409,
        'CONCURRENCY.CONFLICT',
        'The resource was changed by another request at the same time; read it again and retry if still needed.',
      ),
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
  if (error instanceof RetryLater) {
    return {
      problem: problem(error.getStatus(), error.code, error.message, {
        retryAfterSeconds: error.retryAfterSeconds,
      }),
      unexpected: false,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (error instanceof PasswordHashingBusy) {
    return toProblem(new RetryLater(503, 'AUTH.BUSY', error.message, 1));
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest wraps Fastify's own errors (malformed JSON, wrong media type); keep their meaning.
    const fastifyCode = (error.cause as { code?: string } | undefined)?.code;
    const code =
      (fastifyCode && FASTIFY_CODES[fastifyCode]) ?? `HTTP.${HttpStatus[status] ?? status}`;
    return { problem: problem(status, code, error.message), unexpected: status >= 500 };
  }
  const outage = outageCause(error);
  if (outage) {
    return {
      problem: problem(
        503,
        'DATABASE.UNAVAILABLE',
        `${OUTAGE_DETAIL[outage]}; retry in a few seconds.`,
      ),
      unexpected: false,
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      outage,
    };
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
