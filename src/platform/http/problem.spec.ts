import { OptimisticLockError } from '@mikro-orm/core';
import { NotFoundException } from '@nestjs/common';
import { DomainError } from '../domain/domain-error.js';
import { PasswordHashingBusy } from '../auth/passwords.js';
import { RequestValidationFailed, RetryLater, toProblem } from './problem.js';

class ShelfEmpty extends DomainError {
  readonly code = 'TEST.SHELF_EMPTY';
  readonly kind = 'rule_violated';
}

describe('toProblem', () => {
  it('maps a domain error by its kind and keeps its code and details', () => {
    const { problem, unexpected } = toProblem(new ShelfEmpty('The shelf is empty', { shelf: 3 }));
    expect(unexpected).toBe(false);
    expect(problem).toMatchObject({
      status: 422,
      code: 'TEST.SHELF_EMPTY',
      detail: 'The shelf is empty',
      shelf: 3,
      title: 'Shelf empty',
    });
  });

  it('maps a lost optimistic race to 409 CONCURRENCY.CONFLICT, not a fault', () => {
    const { problem, unexpected } = toProblem(OptimisticLockError.lockFailed('Order'));
    expect(unexpected).toBe(false);
    expect(problem).toMatchObject({ status: 409, code: 'CONCURRENCY.CONFLICT' });
    expect(problem.detail).not.toContain('Order');
  });

  it('never lets a detail replace a standard member', () => {
    const { problem } = toProblem(
      new ShelfEmpty('Empty', { status: 'PENDING', code: 'X', type: 'y' }),
    );
    expect(problem).toMatchObject({
      status: 422,
      code: 'TEST.SHELF_EMPTY',
      type: 'urn:emporium:problem:test.shelf_empty',
    });
  });

  it('lists every failing field of a validation error', () => {
    const { problem } = toProblem(
      new RequestValidationFailed([
        { field: 'price.amount', message: 'amount must be an integer number' },
      ]),
    );
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([
      { field: 'price.amount', message: 'amount must be an integer number' },
    ]);
  });

  it('keeps HTTP errors as they are', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x')).problem).toMatchObject({
      status: 404,
      code: 'HTTP.NOT_FOUND',
    });
  });

  it('titles a problem after what went wrong, from the catalog, not the HTTP reason phrase', () => {
    const { problem } = toProblem(
      new RequestValidationFailed([{ field: 'sku', message: 'sku must be a string' }]),
    );
    expect(problem.title).toBe('Invalid request');
    expect(toProblem(new NotFoundException('Cannot GET /x')).problem.title).toBe('No such route');
  });

  it('hides anything unexpected behind a 500 that reveals nothing', () => {
    const error = new Error('connection to 10.0.0.5 refused, password=hunter2');
    const { problem, unexpected } = toProblem(error);
    expect(unexpected).toBe(true);
    expect(problem.status).toBe(500);
    expect(problem.code).toBe('INTERNAL.UNEXPECTED');
    expect(JSON.stringify(problem)).not.toMatch(/hunter2|10\.0\.0\.5|at /);
  });

  it('says when to retry a throttled or busy request', () => {
    const limited = toProblem(new RetryLater(429, 'REQUEST.RATE_LIMITED', 'Too many', 7));
    expect(limited.problem).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED' });
    expect(limited.retryAfterSeconds).toBe(7);
    const busy = toProblem(new PasswordHashingBusy());
    expect(busy.problem).toMatchObject({ status: 503, code: 'AUTH.BUSY' });
    expect(busy).toMatchObject({ unexpected: false, retryAfterSeconds: 1 });
  });

  it('answers 503 with Retry-After when the database cannot serve, and says why', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const { problem, unexpected, retryAfterSeconds, outage } = toProblem(refused);
    expect(problem).toMatchObject({
      status: 503,
      code: 'DATABASE.UNAVAILABLE',
      detail: 'The database cannot be reached; retry in a few seconds.',
    });
    expect(JSON.stringify(problem)).not.toContain('127.0.0.1');
    expect({ unexpected, retryAfterSeconds, outage }).toEqual({
      unexpected: false,
      retryAfterSeconds: 5,
      outage: 'unreachable',
    });
  });

  it('keeps a database error that is no outage a 500', () => {
    const duplicate = Object.assign(new Error('duplicate key value'), { code: '23505' });
    expect(toProblem(duplicate)).toMatchObject({
      problem: { status: 500, code: 'INTERNAL.UNEXPECTED' },
      unexpected: true,
    });
  });
});
