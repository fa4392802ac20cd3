import { applyDecorators, SetMetadata, type Type, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { ContextDatabase } from '../../persistence/context-database.js';
import { IDEMPOTENT_IN, IdempotencyInterceptor } from './idempotency.interceptor.js';

/**
 * Makes a create safe to retry with an `Idempotency-Key` header, and documents
 * the header (the document adds the key's problems to every operation that has it). `database`: the context whose unit of work holds the route's
 * effect; the key and its answer are stored in that transaction.
 */
export const Idempotent = (database: Type<ContextDatabase>) =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_IN, database),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. ' +
        'The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. ' +
        'Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    }),
  );
