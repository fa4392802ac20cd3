import { type ChildProcess, spawn } from 'node:child_process';
import type { PlannedProcess, SplitPlan } from './plan.js';

export interface LaunchOptions {
  /** The built shop's entry point (`dist/src/main.js`). */
  readonly entry: string;
  readonly cwd?: string;
  /** The environment the processes start in (default: this one), less what the plan decides. */
  readonly env?: NodeJS.ProcessEnv;
  /** The Node binary (default: this one) and its flags. */
  readonly node?: string;
  readonly nodeArgs?: readonly string[];
  /** Each line a process writes, as it comes. */
  readonly onLine?: (process: PlannedProcess, line: string) => void;
  /** Longest wait for a process to answer /health/ready (default 60 s). */
  readonly readyTimeoutMs?: number;
  /**
   * Each process in a process group of its own: a terminal's Ctrl-C then reaches only
   * the launcher, which stops them (a process signalled twice would stop at once).
   */
  readonly detached?: boolean;
  /** A process exited without being asked to (stop or kill). */
  readonly onCrash?: (
    process: PlannedProcess,
    code: number | null,
    signal: NodeJS.Signals | null,
  ) => void;
}

/** One process of a running split. */
export interface SplitProcess {
  readonly name: string;
  readonly contexts: readonly string[];
  readonly url: string;
  /** The pid of its current run (undefined once stopped). */
  readonly pid: number | undefined;
  /** SIGTERM, then waits until it has exited (SIGKILL after 20 s). */
  stop(): Promise<void>;
  /** Sends a signal; a terminating one is awaited until the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again, same port, database and settings, and waits until it is ready. */
  start(): Promise<void>;
  /** What it wrote, all runs together (the last 4 MB). */
  output(): string;
}

export interface LaunchedSplit {
  readonly plan: SplitPlan;
  /** The client-facing process's base URL: the shop's one base URL. */
  readonly base: string;
  readonly processes: readonly SplitProcess[];
  /** The process that hosts a context. */
  hosting(context: string): SplitProcess;
  /** Stops every process. */
  close(): Promise<void>;
}

const OUTPUT_LIMIT = 4 * 1024 * 1024;
const STOP_GRACE_MS = 20_000;
const NOT_TERMINATING: readonly NodeJS.Signals[] = ['SIGSTOP', 'SIGCONT', 'SIGTSTP', 'SIGUSR2'];

/** Settings the plan decides, dropped from the environment the processes inherit. */
const PLANNED =
  /^(CONTEXTS|PORT|DATABASE_ROLE_SECRET|EMBEDDED_DB_DIR|EMBEDDED_DB_PORT|AUTH_JWT_SECRET|ADMIN_EMAIL|ADMIN_PASSWORD|[A-Z]+_URL)$/;

function inherited(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !PLANNED.test(name)));
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function isReady(url: string): Promise<boolean> {
  const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) }).catch(
    () => undefined,
  );
  await response?.body?.cancel();
  return response?.status === 200;
}

class LaunchedProcess implements SplitProcess {
  private child: ChildProcess | undefined;
  private exit: Promise<void> = Promise.resolve();
  private written = '';
  /** Whether its current run was asked to end (stop, kill). */
  private ending = false;

  constructor(
    private readonly planned: PlannedProcess,
    private readonly options: LaunchOptions,
  ) {}

  get name() {
    return this.planned.name;
  }
  get contexts() {
    return this.planned.contexts;
  }
  get url() {
    return this.planned.url;
  }
  get pid() {
    return this.child?.pid;
  }

  output(): string {
    return this.written;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error(`process ${this.name} is running already`);
    const child = spawn(
      this.options.node ?? process.execPath,
      [...(this.options.nodeArgs ?? []), this.options.entry],
      {
        cwd: this.options.cwd,
        env: { ...inherited(this.options.env ?? process.env), ...this.planned.env },
        // The IPC channel closes when this process ends, however it ends: the child then stops.
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        detached: this.options.detached,
      },
    );
    this.child = child;
    this.ending = false;
    child.once('error', (error) => (this.written += `\ncould not start: ${error.message}\n`));
    this.exit = new Promise((done) =>
      child.once('exit', (code, signal) => {
        if (this.child === child) this.child = undefined;
        if (!this.ending) this.options.onCrash?.(this.planned, code, signal);
        done();
      }),
    );
    for (const stream of [child.stdout!, child.stderr!]) this.collect(stream);
    await this.ready(child);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.ending = true;
    child.kill('SIGTERM');
    const grace = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exit;
    clearTimeout(grace);
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.child) return;
    if (NOT_TERMINATING.includes(signal)) {
      this.child.kill(signal);
      return;
    }
    this.ending = true;
    this.child.kill(signal);
    await this.exit;
  }

  private collect(stream: NodeJS.ReadableStream): void {
    let partial = '';
    stream.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      this.written = (this.written + text).slice(-OUTPUT_LIMIT);
      const lines = (partial + text).split('\n');
      partial = lines.pop()!;
      for (const line of lines) this.options.onLine?.(this.planned, line);
    });
    stream.on('end', () => {
      if (partial) this.options.onLine?.(this.planned, partial);
    });
  }

  private async ready(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + (this.options.readyTimeoutMs ?? 60_000);
    while (!(await isReady(this.url))) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`process ${this.name} exited before it was ready:\n${this.tail()}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`process ${this.name} was not ready at ${this.url}:\n${this.tail()}`);
      }
      await delay(100);
    }
  }

  private tail(): string {
    return this.written.split('\n').slice(-20).join('\n');
  }
}

/**
 * Starts every process of a split plan as a child process of the built shop and
 * waits until each answers /health/ready. A process that fails to start stops
 * the others and fails the launch with its last lines.
 */
export async function launchSplit(plan: SplitPlan, options: LaunchOptions): Promise<LaunchedSplit> {
  const processes = plan.processes.map((planned) => new LaunchedProcess(planned, options));
  const close = async () => {
    await Promise.all(processes.map((process) => process.stop()));
  };
  const started = await Promise.allSettled(processes.map((process) => process.start()));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  return {
    plan,
    base: processes[0]!.url,
    processes,
    hosting: (context) => {
      const host = processes.find((process) => process.contexts.includes(context));
      if (!host) throw new Error(`no process hosts ${context}`);
      return host;
    },
    close,
  };
}
