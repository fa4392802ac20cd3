import { SignInThrottle } from './sign-in-throttle.js';

describe('SignInThrottle', () => {
  const account = 'ada@example.com';

  it('lets the free failures through, then doubles the wait up to its cap', () => {
    const throttle = new SignInThrottle(3, 8);
    const waits: number[] = [];
    let now = 0;
    for (let attempt = 0; attempt < 8; attempt++) {
      throttle.attempt(account, now);
      waits.push(throttle.waitFor(account, now));
      now += waits.at(-1)! * 1000; // the attacker retries as soon as allowed
    }
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 8]);
  });

  it('never blocks past the cap, and a correct password clears the record', () => {
    const throttle = new SignInThrottle(1, 60);
    for (let i = 0; i < 100; i++) throttle.attempt(account, 0);
    expect(throttle.waitFor(account, 0)).toBe(60);
    expect(throttle.waitFor(account, 60_000)).toBe(0);
    throttle.succeeded(account);
    throttle.attempt(account, 60_000);
    expect(throttle.waitFor(account, 60_000)).toBe(0);
  });

  it('keeps accounts apart', () => {
    const throttle = new SignInThrottle(1, 60);
    throttle.attempt(account, 0);
    throttle.attempt(account, 0);
    expect(throttle.waitFor(account, 0)).toBe(1);
    expect(throttle.waitFor('grace@example.com', 0)).toBe(0);
  });
});
