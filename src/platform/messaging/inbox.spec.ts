import { backoffDelay, lingerFor } from './inbox.js';

describe('backoffDelay', () => {
  it('doubles its ceiling with each attempt, up to the maximum', () => {
    const top = () => 1; // the random draw at its highest
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, 100, 1000, top))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect(backoffDelay(30, 100, 1000, top)).toBe(1000);
  });

  it('adds jitter between half the ceiling and the ceiling', () => {
    expect(backoffDelay(3, 100, 10_000, () => 0)).toBe(200);
    const draws = Array.from({ length: 200 }, () => backoffDelay(3, 100, 10_000));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...draws)).toBeLessThanOrEqual(400);
    expect(new Set(draws).size).toBeGreaterThan(10);
  });
});

describe('lingerFor', () => {
  const options = { lingerMs: 20, batchSize: 32 };
  const at = (load: number) => () => load;

  it('waits nothing while the process is mostly idle, the whole linger once it is busy', () => {
    expect(lingerFor(3, options, at(0.1))).toBe(0);
    expect(lingerFor(3, options, at(0.5))).toBe(0);
    expect(lingerFor(3, options, at(0.7))).toBe(10);
    expect(lingerFor(3, options, at(0.9))).toBe(20);
    expect(lingerFor(3, options, at(1))).toBe(20);
  });

  it('claims again at once after a full batch, or when there is no linger', () => {
    expect(lingerFor(32, options, at(1))).toBe(0);
    expect(lingerFor(3, { ...options, lingerMs: 0 }, at(1))).toBe(0);
    expect(lingerFor(3, { batchSize: 32 }, at(1))).toBe(0);
  });
});
