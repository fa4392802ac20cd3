import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from '../support/shop-process.js';
import { freePort, isRunning } from '../support/system.js';
import { readmeWalkthrough, runWalkthroughAgainst } from '../support/walkthrough.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every process below `pid`, from /proc (the split's nodes, their PostgreSQL servers, nats-server). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone while listing
    }
  }
  const found: number[] = [];
  for (let queue = [pid]; queue.length > 0;) {
    const children = parents.get(queue.shift()!) ?? [];
    found.push(...children);
    queue.push(...children);
  }
  return found;
}

/** `npm run start:split` as a user runs it: the built entry, no settings but the README's. */
describe('npm run start:split', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'emporium-split-'));
  chmodSync(dataDir, 0o755);
  let launcher: ChildProcess | undefined;
  let output = '';

  afterAll(async () => {
    if (launcher?.exitCode === null) {
      const exited = new Promise((done) => launcher!.once('exit', done));
      launcher.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (env: NodeJS.ProcessEnv) => {
    const clean = { ...process.env };
    delete clean.DATABASE_URL;
    delete clean.NATS_URL;
    return spawn(process.execPath, ['dist/src/start-split.js'], {
      cwd: ROOT,
      env: { ...clean, EMBEDDED_DB_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  };

  it('refuses in one line to split without a broker', () => {
    const refused = spawnSync(process.execPath, ['dist/src/start-split.js'], {
      cwd: ROOT,
      env: { PATH: '/nonexistent', EMBEDDED_DB_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'Invalid configuration: NATS_URL must be set when nats-server is not on the PATH ' +
        '(Debian or Ubuntu: apt-get install -y nats-server): the processes of SPLIT_LAYOUT=three ' +
        'exchange events over NATS JetStream (it is not set)\n',
    );
    const unknown = spawnSync(process.execPath, ['dist/src/start-split.js'], {
      cwd: ROOT,
      env: { ...process.env, SPLIT_LAYOUT: 'seven' },
      encoding: 'utf8',
    });
    expect(unknown.stderr).toBe(
      'Invalid configuration: SPLIT_LAYOUT must be one of one, shipping-apart, three (got "seven")\n',
    );
  });

  it('serves the README walkthrough at one base URL, and SIGTERM stops every process', async () => {
    const port = await freePort();
    launcher = run({
      ...readmeWalkthrough().admin,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(await freePort()),
    });
    const child = launcher;
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    await waitFor(() => {
      if (child.exitCode !== null) throw new Error(`start:split exited:\n${output}`);
      return output.includes('is serving on');
    }, `the split to serve:\n${output}`);
    // Three shops, each with its own PostgreSQL, and the broker, tagged in one output.
    for (const tag of [
      'catalog+customers',
      'ordering+inventory',
      'payments+shipping+recommendations',
    ])
      expect(output).toMatch(
        new RegExp(`^${tag.replace(/\+/g, '\\+')} +\\| \\{.*"msg":"Emporium is serving"`, 'm'),
      );
    expect(output).toMatch(/^nats +\| .*Server is ready/m);
    expect(readdirSync(join(dataDir, 'three')).sort()).toEqual([
      'catalog+customers',
      'catalog+customers.secrets.json',
      'nats',
      'ordering+inventory',
      'ordering+inventory.secrets.json',
      'payments+shipping+recommendations',
      'payments+shipping+recommendations.secrets.json',
    ]);

    runWalkthroughAgainst(`http://127.0.0.1:${port}`);

    const everything = descendants(child.pid!);
    expect(everything.length).toBeGreaterThanOrEqual(7); // 3 shops, 3 PostgreSQL servers, nats-server
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor(
      () => everything.every((pid) => !isRunning(pid)),
      'every process of the split to end',
    );
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  }, 180_000);
});
