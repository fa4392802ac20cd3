import type { SustainRun } from './report.js';
import { REFINE_RUNS, searchSustainedRate } from './sustain.js';

const CONFIG = {
  sustainProbeS: 10,
  sustainS: 60,
  sustainStartRate: 50,
  sustainAt: [],
  mode: 'full',
} as const;

/**
 * A pipeline that keeps pace up to `short` orders/s in a probe and up to `long` in a
 * long run (a long run meets the checkpoints and vacuums a probe misses).
 */
function pipeline(capacity: { short: number; long: number }) {
  const runs: { rate: number; seconds: number }[] = [];
  const sustainAt = (rate: number, seconds: number): Promise<SustainRun> => {
    runs.push({ rate, seconds });
    const keeps = rate <= (seconds >= CONFIG.sustainS ? capacity.long : capacity.short);
    const placed = Math.round(rate * seconds);
    return Promise.resolve({
      rate,
      durationS: seconds,
      placed,
      refused: 0,
      paid: placed,
      toPaid: { n: placed, p50: 10, p99: keeps ? 100 : 5000, mean: 20, max: keeps ? 150 : 6000 },
      maxToPaidMs: keeps ? 150 : 6000,
      sustained: keeps,
      nodeCpuMsPerOrder: 2,
      dbCpuMsPerOrder: 3,
    });
  };
  const longRuns = () => runs.filter((run) => run.seconds === CONFIG.sustainS);
  return { sustainAt, runs, longRuns };
}

describe('the sustained-fulfilment search', () => {
  it('confirms the best probe rate with one long run when the pipeline holds it', async () => {
    const fake = pipeline({ short: 100, long: 100 });
    const summary = await searchSustainedRate(CONFIG, fake.sustainAt);
    expect(fake.longRuns()).toHaveLength(1);
    expect(summary.confirmed?.rate).toBe(fake.longRuns()[0]!.rate);
    expect(summary.confirmed?.rate).toBeGreaterThanOrEqual(90);
    expect(summary.ordersPerS).toBe(summary.confirmed!.rate);
    expect(summary.cpuMsPerOrder).toBe(5);
    expect(summary.confirmed?.phase).toBe('confirming');
  });

  it('keeps lowering past three lost long runs, then bisects back up to within 10 %', async () => {
    // The raw pipeline of the 2026-12-01 full run: 175/s kept in probes, 125/s lost over 60 s.
    const fake = pipeline({ short: 180, long: 110 });
    const summary = await searchSustainedRate(CONFIG, fake.sustainAt);
    const long = fake.longRuns().map((run) => run.rate);
    expect(long.slice(0, 3)).toEqual([175, 148, 125]);
    expect(summary.confirmed).not.toBeNull();
    expect(summary.confirmed!.rate).toBeLessThanOrEqual(110);
    expect(summary.confirmed!.rate).toBeGreaterThanOrEqual(100);
    expect(fake.runs.filter((run) => run.seconds !== CONFIG.sustainS).length).toBe(
      summary.probes.filter((run) => run.phase === 'probe').length,
    );
  });

  it('finds a long-run rate however far below the probes it is, in a bounded number of runs', async () => {
    for (const short of [3, 17, 60, 175, 400, 1000]) {
      for (const long of [1, 2, 5, 0.4 * short, 0.9 * short, short]) {
        if (long > short) continue;
        const fake = pipeline({ short, long });
        const summary = await searchSustainedRate(CONFIG, fake.sustainAt);
        const best = Math.max(
          ...summary.probes
            .filter((run) => run.phase === 'probe' && run.sustained)
            .map((r) => r.rate),
        );
        expect(summary.confirmed).not.toBeNull();
        expect(summary.confirmed!.sustained).toBe(true);
        expect(summary.confirmed!.rate).toBeLessThanOrEqual(long);
        // The highest rate of the long runs that kept pace.
        const kept = summary.probes.filter((run) => run.phase === 'confirming' && run.sustained);
        expect(summary.confirmed!.rate).toBe(Math.max(...kept.map((run) => run.rate)));
        expect(fake.longRuns().length).toBeLessThanOrEqual(
          3 + Math.ceil(Math.log2(best)) + REFINE_RUNS,
        );
      }
    }
  });

  it('reports no rate, after a bounded descent, when no long run keeps pace at 1 order/s', async () => {
    const fake = pipeline({ short: 200, long: 0.5 });
    const summary = await searchSustainedRate(CONFIG, fake.sustainAt);
    expect(summary.confirmed).toBeNull();
    expect(summary.ordersPerS).toBeNull();
    expect(summary.cpuMsPerOrder).toBeNull();
    const long = fake.longRuns().map((run) => run.rate);
    expect(Math.min(...long)).toBe(1);
    expect(long.length).toBeLessThanOrEqual(3 + Math.ceil(Math.log2(200)));
  });

  it('runs no long run when not even the first probe keeps pace down to 1 order/s', async () => {
    const fake = pipeline({ short: 0, long: 0 });
    const summary = await searchSustainedRate(CONFIG, fake.sustainAt);
    expect(fake.longRuns()).toHaveLength(0);
    expect(summary.confirmed).toBeNull();
    expect(fake.runs.map((run) => run.rate)).toEqual([50, 25, 12, 6, 3, 1]);
  });
});

describe('sustained fulfilment at given rates (BENCH_SUSTAIN_AT)', () => {
  it('runs each given rate for a long run, in order, and counts the fastest kept', async () => {
    const fake = pipeline({ short: 1000, long: 140 });
    const summary = await searchSustainedRate(
      { ...CONFIG, sustainAt: [150, 120, 120, 130] },
      fake.sustainAt,
    );
    expect(fake.runs).toEqual(
      [150, 120, 120, 130].map((rate) => ({ rate, seconds: CONFIG.sustainS })),
    );
    expect(summary.probes.map((run) => [run.rate, run.sustained])).toEqual([
      [150, false],
      [120, true],
      [120, true],
      [130, true],
    ]);
    expect(summary.confirmed?.rate).toBe(130);
  });
});
