import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

/** scrypt parameters: N = 2^15 (32 MiB of memory per hash), r = 8, p = 1. */
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/** Too many password hashes are waiting already: the caller should retry shortly. */
export class PasswordHashingBusy extends Error {
  constructor() {
    super('Too many sign-ins are being checked right now; retry in a moment');
    this.name = 'PasswordHashingBusy';
  }
}

/**
 * scrypt runs on libuv's thread pool (4 threads by default), which file and
 * DNS work and other crypto share. Unbounded, a flood of wrong passwords
 * fills it and every other sign-in queues behind the flood. The pool is one
 * per process, so this gate is too: at most `concurrency` hashes run, at most
 * `queue` wait, and anything beyond is refused at once.
 */
const gate = { concurrency: 2, queue: 64, running: 0, waiting: [] as (() => void)[] };

/** Sets the bounds of the process-wide hashing gate (from configuration, at start). */
export function configurePasswordHashing(bounds: { concurrency: number; queue: number }): void {
  gate.concurrency = bounds.concurrency;
  gate.queue = bounds.queue;
}

async function gated<T>(work: () => Promise<T>): Promise<T> {
  if (gate.running >= gate.concurrency) {
    if (gate.waiting.length >= gate.queue) throw new PasswordHashingBusy();
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  } else {
    gate.running++;
  }
  try {
    return await work();
  } finally {
    // The slot passes straight to the next waiter, or is freed.
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running--;
  }
}

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return gated(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCallback(
          password,
          salt,
          KEY_LENGTH,
          { N: n, r, p, maxmem: MAX_MEMORY },
          (error, key) => (error ? reject(error) : resolve(key)),
        ),
      ),
  );
}

/**
 * Hashes a password with scrypt, a memory-hard function, under a random salt.
 * The result carries its parameters, so they can be raised later without
 * invalidating stored hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to verify against when no account matches, so both answers take as long. */
export const UNKNOWN_ACCOUNT_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
