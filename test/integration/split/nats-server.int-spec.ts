import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
// Compiled by the jest global setup.
const NATS_SERVER_JS = resolve(ROOT, '.build-test/src/app/split/nats-server.js');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The store folder a nats-server runs on, from its command line (`-sd <folder>`). */
function storeOf(pid: number): string {
  const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  return args[args.indexOf('-sd') + 1]!;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Starts a process that starts a nats-server (as `npm run start:split` and
 * the bench do), then does what `then` says: `sigkill` waits to be killed,
 * `stop` stops the server itself (and removes its store) and waits.
 */
async function ownerOfNatsServer(then: 'sigkill' | 'stop') {
  const script = `
    const { startNatsServer } = await import(${JSON.stringify(NATS_SERVER_JS)});
    const nats = await startNatsServer();
    const pid = nats.pid;
    if (${JSON.stringify(then)} === 'stop') await nats.dispose();
    console.log(JSON.stringify({ pid }));
    setInterval(() => undefined, 1000);`;
  const owner = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((done, fail) => {
    let out = '';
    owner.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) done(out.split('\n')[0]!);
    });
    owner.once('exit', (code) => fail(new Error(`the owner exited (${code}) before it started`)));
  });
  return { owner, natsPid: (JSON.parse(line) as { pid: number }).pid };
}

describe('a local nats-server', () => {
  it('is stopped, and its temporary store removed, when the process that started it is killed outright', async () => {
    const { owner, natsPid } = await ownerOfNatsServer('sigkill');
    const store = storeOf(natsPid);
    expect(existsSync(store)).toBe(true);

    owner.kill('SIGKILL');

    expect(await until(() => !alive(natsPid), 15_000)).toBe(true);
    expect(await until(() => !existsSync(store), 5_000)).toBe(true);
  });

  it('stopped by its owner, leaves no watchdog waiting to signal its old pid', async () => {
    const { owner, natsPid } = await ownerOfNatsServer('stop');
    try {
      expect(alive(natsPid)).toBe(false);
      // A watchdog still armed would signal the pid when the owner ends, whoever holds it by then.
      const watchdogs = spawn('pgrep', ['-f', `emporium-watchdog ${natsPid} `]);
      const found = await new Promise<string>((done) => {
        let out = '';
        watchdogs.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        watchdogs.once('exit', () => done(out.trim()));
      });
      expect(found).toBe('');
    } finally {
      owner.kill('SIGKILL');
    }
  });
});
