import { StageWakeup } from './raw-pipeline.js';

const HOUR = 3_600_000;

/** Whether `promise` settles within `ms` (real time: the wait under test is an hour). */
function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

describe("the raw pipeline's stage wake-up", () => {
  it('ends a wait at the wake', async () => {
    const wakeup = new StageWakeup();
    const waiting = wakeup.wait(HOUR);
    wakeup.wake();
    expect(await settlesWithin(waiting, 1_000)).toBe(true);
  });

  it('keeps a wake that came while the stage was busy for its next wait', async () => {
    const wakeup = new StageWakeup();
    wakeup.wake(); // the stage is working a batch: nobody waits yet
    expect(await settlesWithin(wakeup.wait(HOUR), 1_000)).toBe(true);
  });

  it('keeps a wake once: the wait after it sleeps until the next wake or its poll', async () => {
    const wakeup = new StageWakeup();
    wakeup.wake();
    await wakeup.wait(HOUR);
    expect(await settlesWithin(wakeup.wait(HOUR), 200)).toBe(false);
    wakeup.wake();
  });

  it('ends a wait at its poll interval without a wake', async () => {
    const wakeup = new StageWakeup();
    expect(await settlesWithin(wakeup.wait(20), 1_000)).toBe(true);
  });
});
