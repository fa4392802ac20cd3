import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks of 1/USER_HZ s; USER_HZ is 100 on every Linux ABI Node runs on. */
const TICK_MS = 10;

interface ProcStat {
  ppid: number;
  /** utime + stime of the process (all its threads), in ms. */
  cpuMs: number;
  /** cutime + cstime: CPU of children it has waited for, in ms. */
  reapedChildrenMs: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: split after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i]);
    return {
      ppid: n(1),
      cpuMs: (n(11) + n(12)) * TICK_MS,
      reapedChildrenMs: (n(13) + n(14)) * TICK_MS,
    };
  } catch {
    return null;
  }
}

/** CPU time (user + system, every thread) a process has used so far, in ms. */
export function cpuMs(pid: number): number | null {
  return readStat(pid)?.cpuMs ?? null;
}

export function parentPid(pid: number): number | null {
  return readStat(pid)?.ppid ?? null;
}

/**
 * CPU time of a PostgreSQL server so far: the postmaster, the backends it
 * has reaped (cutime/cstime) and those still running. Deltas of this are the
 * database's CPU over an interval.
 */
export function serverCpuMs(postmasterPid: number): number | null {
  const root = readStat(postmasterPid);
  if (!root) return null;
  let total = root.cpuMs + root.reapedChildrenMs;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === postmasterPid) total += stat.cpuMs;
  }
  return total;
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(/(\d+)/.exec(line)![1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Resident set size now, in MiB. */
export const rssMb = (pid: number) => statusField(pid, 'VmRSS');
/** Peak resident set size over the process's life, in MiB. */
export const peakRssMb = (pid: number) => statusField(pid, 'VmHWM');

/** Samples the RSS of some processes periodically and keeps each one's maximum. */
export class RssSampler {
  private readonly max = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pids: readonly number[],
    intervalMs = 200,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    for (const pid of this.pids) {
      const rss = rssMb(pid);
      if (rss !== null) this.max.set(pid, Math.max(this.max.get(pid) ?? 0, rss));
    }
  }

  /** Stops and returns each process's largest sample, in MiB. */
  stop(): Map<number, number> {
    clearInterval(this.timer);
    this.sample();
    return this.max;
  }
}

/**
 * CPU used so far by every process that is not one of `ours`, not a backend of
 * our PostgreSQL and not a kernel thread, counting what each has reaped from
 * its exited children (so the sum does not drop when a process exits): deltas
 * of this are other people's load on the machine, in ms.
 */
export function foreignCpuMs(ours: ReadonlySet<number>, postmasterPid: number | null): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (ours.has(pid) || pid === 2) continue;
    const stat = readStat(pid);
    if (!stat || stat.ppid === 2 || (postmasterPid !== null && stat.ppid === postmasterPid)) {
      continue;
    }
    total += stat.cpuMs + stat.reapedChildrenMs;
  }
  return total;
}
