import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free TCP port below Linux's ephemeral range, where an outgoing connection may hold one. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise<boolean>((done) => {
      const server = createServer()
        .once('error', () => done(false))
        .listen(port, '127.0.0.1', () => server.close(() => done(true)));
    });
    if (free) return port;
  }
}

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
