import { NotFoundException } from '@nestjs/common';
import { DomainError } from '../domain/domain-error.js';
import { RequestValidationFailed, toProblem } from './problem.js';

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
});
