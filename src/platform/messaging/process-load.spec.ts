import { setTimeout } from 'node:timers/promises';
import { ProcessLoad } from './process-load.js';

describe('ProcessLoad', () => {
  const gauge = new ProcessLoad(50);
  afterAll(() => gauge.stop());

  const spin = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it('reads a busy event loop as nearly 1 and an idle one as nearly 0', async () => {
    gauge.utilization(); // starts sampling
    await setTimeout(60);
    for (let i = 0; i < 6; i++) {
      spin(45);
      await setTimeout(1);
    }
    expect(gauge.utilization()).toBeGreaterThan(0.6);
    await setTimeout(200);
    expect(gauge.utilization()).toBeLessThan(0.3);
  });
});
