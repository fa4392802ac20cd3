import { createLogger } from '../observability/logger.js';
import { Wakeup } from './wakeup.js';

const wakeup = () => new Wakeup(undefined, 'unit', 60_000, createLogger('silent'));

describe('Wakeup', () => {
  it('wakes every waiting worker at once, not only the last to wait', async () => {
    const subject = wakeup();
    const woken: number[] = [];
    const workers = [1, 2, 3].map((id) => subject.wait().then(() => woken.push(id)));
    subject.signal();
    await Promise.all(workers);
    expect(woken.sort()).toEqual([1, 2, 3]);
  });

  it('remembers a signal given while nobody waited', async () => {
    const subject = wakeup();
    subject.signal();
    const outcome = await Promise.race([
      subject.wait().then(() => 'woken'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 500)),
    ]);
    expect(outcome).toBe('woken');
  });

  it('still wakes after the poll interval without a signal', async () => {
    const subject = new Wakeup(undefined, 'unit', 20, createLogger('silent'));
    await expect(subject.wait()).resolves.toBeUndefined();
  });
});
