import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';

/**
 * Stops the server (SIGINT: PostgreSQL's fast shutdown, nats-server's clean
 * stop) once the reading end of its pipe sees the end of file, which happens
 * when this process ends in any way, SIGKILL included — unless it was told
 * `disarm` first. Then, if given a folder, removes it once the server is gone.
 * It ignores signals sent to a group, so only its pipe matters.
 */
const SCRIPT = `trap '' INT TERM HUP
read -r word
[ "$word" = disarm ] && exit 0
kill -INT "$1" 2>/dev/null
[ -n "$2" ] || exit 0
while kill -0 "$1" 2>/dev/null; do sleep 0.2; done
rm -rf "$2"`;

export interface Watchdog {
  readonly pid: number | undefined;
  /** The server is being stopped by its owner: the watchdog leaves without a word. */
  disarm(): void;
}

/**
 * A tiny `sh` process that outlives this one only to stop a server it
 * started (`pid`: the embedded PostgreSQL, a local nats-server): a process
 * killed with SIGKILL leaves no server running. It is in a session of its
 * own, so a Ctrl-C meant for the process does not end it.
 */
export function watchOver(pid: number, removeAfter?: string): Watchdog {
  const child = spawn(
    '/bin/sh',
    ['-c', SCRIPT, 'emporium-watchdog', String(pid), removeAfter ?? ''],
    {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    },
  );
  child.on('error', () => undefined);
  child.unref();
  const pipe = child.stdin as Socket;
  pipe.on('error', () => undefined);
  pipe.unref();
  return {
    pid: child.pid,
    disarm: () => {
      if (!pipe.destroyed) pipe.end('disarm\n');
    },
  };
}
