import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { ProcessExited } from './http.js';

/**
 * A Node server the bench starts (the shop or the raw baseline). Its output is
 * kept (the last lines, for errors) and its pino log levels are counted.
 */
export class ServerProcess {
  readonly lastLines: string[] = [];
  /** Log lines at warn (40) or above, by level. */
  readonly levels: Record<'warn' | 'error' | 'fatal', number> = { warn: 0, error: 0, fatal: 0 };
  private exit?: { code: number | null; signal: NodeJS.Signals | null };
  private stopping = false;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    output?: string,
  ) {
    let partial = '';
    const copy = output ? createWriteStream(output, { flags: 'a' }) : undefined;
    const onData = (chunk: Buffer) => {
      copy?.write(chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) this.record(line);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code, signal) => {
      this.exit = { code, signal };
      copy?.end();
    });
  }

  /**
   * Runs `node [nodeFlags] entry`. With `ipc`, the child gets an IPC channel that closes
   * when the bench dies, so a child that listens for 'disconnect' never outlives it. With
   * `output`, everything it prints is also appended to that file.
   */
  static start(
    name: string,
    entry: string,
    env: Record<string, string>,
    options: { ipc?: boolean; nodeFlags?: readonly string[]; output?: string } = {},
  ): ServerProcess {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), entry], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    });
    return new ServerProcess(name, child, options.output);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Throws if the process has ended while the bench still needs it. */
  assertRunning(): void {
    if (this.exit && !this.stopping) {
      throw new ProcessExited(
        `${this.name} exited (code ${this.exit.code}, signal ${this.exit.signal}); its last output:\n${this.lastLines.join('\n')}`,
      );
    }
  }

  private record(line: string): void {
    if (!line.trim()) return;
    this.lastLines.push(line.length > 2000 ? `${line.slice(0, 2000)}…` : line);
    if (this.lastLines.length > 40) this.lastLines.shift();
    const level = /"level":(\d+)/.exec(line)?.[1];
    if (level === '40') this.levels.warn++;
    else if (level === '50') this.levels.error++;
    else if (level === '60') this.levels.fatal++;
  }

  /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.exit) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * The shop as the bench runs it (BENCH_PROCESS_MODEL): one process, or a web process
 * that takes the load and a worker process that runs the event pipeline. Each process
 * has a role, the name its figures carry in the report.
 */
export class ShopProcesses {
  constructor(readonly roles: readonly { role: string; process: ServerProcess }[]) {}

  /** The process the load goes to. */
  get web(): ServerProcess {
    return this.roles[0]!.process;
  }

  get all(): ServerProcess[] {
    return this.roles.map((one) => one.process);
  }

  get pids(): number[] {
    return this.all.map((one) => one.pid);
  }

  /** More than one process: the report gives each one's figures beside the sum. */
  get split(): boolean {
    return this.roles.length > 1;
  }

  assertRunning(): void {
    for (const one of this.all) one.assertRunning();
  }

  /** The web process first, so no request arrives at a stopping shop; then the worker. */
  async stop(): Promise<void> {
    for (const one of this.all) await one.stop();
  }
}
