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
