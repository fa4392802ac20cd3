import { jest } from '@jest/globals';
import { RepeatLimiter } from './repeat-limiter.js';

describe('RepeatLimiter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lets the first line of a cause through and reports its repeats once per interval', () => {
    const limiter = new RepeatLimiter(10_000);
    const reports: number[] = [];
    const report = (repeats: number) => reports.push(repeats);

    expect(limiter.admit('db down', report)).toBe(true);
    for (let i = 0; i < 50; i++) expect(limiter.admit('db down', report)).toBe(false);
    expect(reports).toEqual([]);
    jest.advanceTimersByTime(10_000);
    expect(reports).toEqual([50]);

    // Still failing: counted in the next interval, not written line by line.
    for (let i = 0; i < 7; i++) expect(limiter.admit('db down', report)).toBe(false);
    jest.advanceTimersByTime(10_000);
    expect(reports).toEqual([50, 7]);

    // A quiet interval closes the cause; its next occurrence is written again.
    jest.advanceTimersByTime(10_000);
    expect(reports).toEqual([50, 7]);
    expect(limiter.admit('db down', report)).toBe(true);
  });

  it('limits each cause on its own', () => {
    const limiter = new RepeatLimiter(1000);
    expect(limiter.admit('timeout', () => undefined)).toBe(true);
    expect(limiter.admit('unreachable', () => undefined)).toBe(true);
    expect(limiter.admit('timeout', () => undefined)).toBe(false);
  });

  it('reports nothing for a cause that happened once', () => {
    const limiter = new RepeatLimiter(1000);
    const report = jest.fn();
    limiter.admit('once', report);
    jest.advanceTimersByTime(5000);
    expect(report).not.toHaveBeenCalled();
  });
});
