import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a signed query's time may be from ours: clocks of one deployment agree to this. */
const WINDOW_S = 60;

const mac = (key: string, at: number, path: string, body: string) =>
  createHmac('sha256', key).update(`${at}\n${path}\n${body}`).digest('hex');

/**
 * Signs a public query one process asks another (`x-emporium-signature`):
 * HMAC-SHA256 with the deployment's one key over the time, the path and the
 * body, so the answering process takes no caller's word for it.
 */
export function signQuery(key: string, path: string, body: string, now = Date.now()): string {
  const at = Math.floor(now / 1000);
  return `t=${at},v1=${mac(key, at, path, body)}`;
}

/** Whether `signature` is a fresh signature of this path and body by the deployment's key. */
export function verifyQuery(
  key: string,
  signature: string | undefined,
  path: string,
  body: string,
  now = Date.now(),
): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(signature ?? '');
  if (!match) return false;
  const at = Number(match[1]);
  if (Math.abs(now / 1000 - at) > WINDOW_S) return false;
  const expected = Buffer.from(mac(key, at, path, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}
