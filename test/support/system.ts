import { readFileSync } from 'node:fs';

export { freePort } from '../../src/app/split/free-port.js';

/**
 * Whether process `pid` still runs (as seen by this user). A process that has
 * exited but is not reaped yet (a zombie, such as an orphan whose new parent
 * has not collected it) does not run.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false; // gone between the two looks
  }
}
