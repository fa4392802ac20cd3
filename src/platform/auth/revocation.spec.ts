import { TokenRevocation } from './revocation.js';

describe('TokenRevocation', () => {
  const subject = '019ca8a0-3e80-7341-8d1e-df2d14030301';

  function withVersions(versions: Map<string, number | null>) {
    const revocation = new TokenRevocation(5000);
    const lookups: string[] = [];
    revocation.register((id) => {
      lookups.push(id);
      return Promise.resolve(versions.has(id) ? versions.get(id)! : null);
    });
    return { revocation, lookups };
  }

  it('trusts every token while no context has registered a check', async () => {
    expect(await new TokenRevocation(5000).honours(subject, 0, 0)).toBe(true);
  });

  it('honours the current version, refuses older ones and unknown or disabled subjects', async () => {
    const { revocation } = withVersions(new Map([[subject, 2]]));
    expect(await revocation.honours(subject, 2, 0)).toBe(true);
    expect(await revocation.honours(subject, 1, 0)).toBe(false);
    expect(await revocation.honours('019ca8a0-3e80-7341-8d1e-df2d14030309', 0, 0)).toBe(false);
  });

  it('asks once per subject within its time to live, again after it or once forgotten', async () => {
    const versions = new Map<string, number | null>([[subject, 0]]);
    const { revocation, lookups } = withVersions(versions);
    await revocation.honours(subject, 0, 0);
    await revocation.honours(subject, 0, 4999);
    expect(lookups).toHaveLength(1);

    versions.set(subject, 1);
    expect(await revocation.honours(subject, 0, 4999)).toBe(true); // the documented staleness
    expect(await revocation.honours(subject, 0, 5000)).toBe(false);
    expect(lookups).toHaveLength(2);

    versions.set(subject, null);
    revocation.forget(subject);
    expect(await revocation.honours(subject, 1, 5001)).toBe(false);
    expect(lookups).toHaveLength(3);
  });
});

describe('TokenRevocation under a burst of one subject', () => {
  const subject = '019ca8a0-3e80-7341-8d1e-df2d14030301';

  /** A check whose answers the test releases by hand, counting the lookups. */
  function heldCheck() {
    const revocation = new TokenRevocation(5000);
    const pending: { resolve: (v: number | null) => void; reject: (e: Error) => void }[] = [];
    revocation.register(
      () => new Promise<number | null>((resolve, reject) => pending.push({ resolve, reject })),
    );
    return { revocation, pending };
  }

  it('asks the database once for requests that arrive while the answer is on its way', async () => {
    const { revocation, pending } = heldCheck();
    const burst = Array.from({ length: 10 }, () => revocation.honours(subject, 0, 0));
    expect(pending).toHaveLength(1);
    pending[0]!.resolve(0);
    expect(await Promise.all(burst)).toEqual(Array(10).fill(true));
    expect(await revocation.honours(subject, 0, 1)).toBe(true);
    expect(pending).toHaveLength(1);
  });

  it('keeps no failed answer: the burst shares the failure and the next request asks again', async () => {
    const { revocation, pending } = heldCheck();
    const burst = [revocation.honours(subject, 0, 0), revocation.honours(subject, 0, 0)];
    pending[0]!.reject(new Error('database away'));
    for (const outcome of await Promise.allSettled(burst)) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { message: 'database away' } });
    }
    const next = revocation.honours(subject, 0, 1);
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(0);
    expect(await next).toBe(true);
  });

  it('does not keep an answer read before a revocation it was told of', async () => {
    const { revocation, pending } = heldCheck();
    const before = revocation.honours(subject, 0, 0);
    revocation.forget(subject);
    const after = revocation.honours(subject, 0, 0);
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(1);
    pending[0]!.resolve(0);
    expect(await before).toBe(true); // it asked before the revocation
    expect(await after).toBe(false);
    expect(await revocation.honours(subject, 0, 1)).toBe(false);
    expect(pending).toHaveLength(2);
  });
});
