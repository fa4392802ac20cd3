import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';

/** How long a left-over server gets for each way of stopping it, gentlest first. */
const STOPS: readonly [NodeJS.Signals, number][] = [
  ['SIGINT', 30_000], // fast shutdown: rolls back open transactions, checkpoints
  ['SIGQUIT', 10_000], // immediate shutdown: crash recovery at the next start
];

/**
 * Makes the data folder free for a new server. Runs only while this process
 * holds the folder's lock, so a PostgreSQL still running on it belongs to no
 * live shop: a shop that died (SIGKILL, the OOM killer) left it. It is
 * stopped — or, if it is already stopping, waited for — and what was done is
 * logged. A postmaster.pid whose pid now belongs to another program (after a
 * reboot or in a container) is removed, since PostgreSQL would refuse it.
 */
export async function clearLeftOverServer(databaseDir: string, log: Logger): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  const lines = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!(await isPostgres(pid))) {
    log.warn(
      { pid, pidFile },
      'removing a stale postmaster.pid: its pid now belongs to another program',
    );
    await unlink(pidFile).catch(() => undefined);
    return;
  }
  // Line 8 is the server's state (PostgreSQL 10+): starting, ready, stopping, standby.
  const state = lines[7]?.trim() || 'unknown';
  log.warn(
    { pid, state, databaseDir },
    state === 'stopping'
      ? 'waiting for the embedded PostgreSQL of a previous run to finish stopping'
      : 'stopping the embedded PostgreSQL a previous run left behind (its shop is gone)',
  );
  for (const [signal, graceMs] of STOPS) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') break;
      throw new Error(`cannot stop the left-over PostgreSQL (pid ${pid}): ${String(error)}`, {
        cause: error,
      });
    }
    if (await exited(pid, graceMs)) {
      log.info({ pid, signal }, 'the left-over embedded PostgreSQL has stopped');
      return;
    }
  }
  if (isAlive(pid)) {
    throw new Error(
      `the left-over PostgreSQL (pid ${pid}) in ${databaseDir} did not stop; stop it by hand`,
    );
  }
}

/** Whether `pid` exists (also when it belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` runs PostgreSQL; without /proc (not Linux) a live pid is taken to be one. */
async function isPostgres(pid: number): Promise<boolean> {
  const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => undefined);
  return name === undefined ? true : name.trim() === 'postgres';
}

/** Resolves true once `pid` is gone, false if it is still there after `timeoutMs`. */
export async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
