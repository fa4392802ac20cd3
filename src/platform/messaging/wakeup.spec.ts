import { createLogger } from '../observability/logger.js';
import { Wakeup } from './wakeup.js';

/** A wakeup whose loop runs in this process. */
async function wakeup(pollMs = 60_000): Promise<Wakeup> {
  const subject = new Wakeup(undefined, 'unit', pollMs, createLogger('silent'));
  await subject.start();
  return subject;
}

describe('Wakeup', () => {
  it('wakes every waiting worker at once, not only the last to wait', async () => {
    const subject = await wakeup();
    const woken: number[] = [];
    const workers = [1, 2, 3].map((id) => subject.wait().then(() => woken.push(id)));
    subject.signal();
    await Promise.all(workers);
    expect(woken.sort()).toEqual([1, 2, 3]);
  });

  it('remembers a signal given while nobody waited', async () => {
    const subject = await wakeup();
    subject.signal();
    const outcome = await Promise.race([
      subject.wait().then(() => 'woken'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 500)),
    ]);
    expect(outcome).toBe('woken');
  });

  it('still wakes after the poll interval without a signal', async () => {
    const subject = await wakeup(20);
    await expect(subject.wait()).resolves.toBeUndefined();
  });

  it('signals after a delay only once the clock has reached it, also when a timer fires early', async () => {
    const subject = await wakeup();
    // A clock that reads 4 ms when the 10 ms timer first fires: the timer came early.
    const readings = [0, 4, 10];
    const seen: number[] = [];
    const clock = () => {
      seen.push(readings[seen.length] ?? 10);
      return seen.at(-1)!;
    };
    subject.signalAfter(10, clock);
    await subject.wait(); // the poll interval is a minute: only the signal ends this in time
    expect(seen).toEqual([0, 4, 10]);
  });

  it('where its loop does not run, turns signals into NOTIFYs: one in flight, one more for all that came meanwhile', async () => {
    const sent: string[] = [];
    let release = () => {};
    const subject = new Wakeup(
      undefined,
      'sub_inbox',
      60_000,
      createLogger('silent'),
      (channel) => {
        sent.push(channel);
        return new Promise<void>((resolve) => (release = resolve));
      },
    );
    subject.signal();
    subject.signal();
    subject.signal();
    expect(sent).toEqual(['sub_inbox']);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual(['sub_inbox', 'sub_inbox']);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    subject.signal();
    expect(sent).toHaveLength(3);
  });
});
