import {
  configurePasswordHashing,
  hashPassword,
  PasswordHashingBusy,
  UNKNOWN_ACCOUNT_HASH,
  verifyPassword,
} from './passwords.js';

describe('passwords', () => {
  it('hashes with scrypt under a random salt and verifies', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', first)).toBe(false);
  });

  it('never verifies against the placeholder hash or a malformed one', async () => {
    expect(await verifyPassword('', UNKNOWN_ACCOUNT_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });
});

describe('the password hashing gate', () => {
  afterEach(() => configurePasswordHashing({ concurrency: 2, queue: 64 }));

  it('runs at most `concurrency` hashes, queues `queue` more and refuses the rest at once', async () => {
    configurePasswordHashing({ concurrency: 1, queue: 2 });
    const hashes = [1, 2, 3, 4].map((n) => hashPassword(`password number ${n}`));
    const settled = await Promise.allSettled(hashes);
    expect(settled.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    expect((settled[3] as PromiseRejectedResult).reason).toBeInstanceOf(PasswordHashingBusy);
    // Slots are given back: the gate serves again once the queue drains.
    expect(await hashPassword('and one more')).toMatch(/^scrypt\$/);
  });
});
