import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs the compiled bench in smoke mode; resolves with its exit code and output. */
function runSmokeBench(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['.build-test/bench/run.js', '--smoke'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // SIGTERM lets the bench stop the shop and the raw baseline and drop its database.
    const timer = setTimeout(() => child.kill('SIGTERM'), 380_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code: code ?? -1, output });
    });
  });
}

/**
 * `npm run bench:smoke` end to end, on the test cluster (the bench makes a
 * database of its own there). Asserts that figures were produced, never how
 * good they are: timings depend on the machine.
 */
describe('the benchmark harness (smoke mode)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'emporium-bench-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  beforeAll(() => {
    // global-setup compiled src/ and migrations/ into .build-test/; the bench joins them there,
    // so it runs the shop from .build-test/src/main.js.
    execFileSync(
      process.execPath,
      [
        'node_modules/@swc/cli/bin/swc.js',
        'bench',
        '-d',
        '.build-test',
        '--config-file',
        '.swcrc',
        '--ignore',
        '**/*.d.ts,**/*.spec.ts',
        '--quiet',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
  });

  it('refuses a BENCH_TOPOLOGY that names no split layout, before it starts anything', async () => {
    const { code, output } = await runSmokeBench({ BENCH_TOPOLOGY: 'three,everything-apart' });
    expect(code).toBe(1);
    expect(output).toContain(
      'BENCH_TOPOLOGY: "everything-apart" is not one of shipping-apart, three',
    );
    expect(output).not.toContain('PostgreSQL');
  });

  it('refuses BENCH_PROCESS_MODEL=web+worker with a split to compare, before it starts anything', async () => {
    const { code, output } = await runSmokeBench({
      BENCH_PROCESS_MODEL: 'web+worker',
      BENCH_TOPOLOGY: 'three',
    });
    expect(code).toBe(1);
    expect(output).toContain('BENCH_PROCESS_MODEL=web+worker: the tracing A/B and BENCH_TOPOLOGY');
    expect(output).not.toContain('PostgreSQL');
  });

  it('drives the shop, the raw baseline and a split of the shop, and writes its figures as JSON and Markdown', async () => {
    const { code, output } = await runSmokeBench({
      DATABASE_URL: `${process.env.EMPORIUM_TEST_PG}/postgres`,
      // The roles are cluster-wide: keep the password every other test derives.
      DATABASE_ROLE_SECRET: 'test-role-secret-0123456789',
      BENCH_OUT_DIR: outDir,
      BENCH_TRACING_AB: '1',
      // Shipping in a process of its own, joined to the rest by a nats-server the bench starts.
      BENCH_TOPOLOGY: 'shipping-apart',
    });
    if (code !== 0) throw new Error(`the bench exited with ${code}:\n${output.slice(-4000)}`);

    const json = readdirSync(outDir).filter((f) => /^bench-smoke-.+\.json$/.test(f));
    expect(json).toHaveLength(1);
    expect(readdirSync(outDir)).toContain(json[0]!.replace(/\.json$/, '.md'));
    const results = JSON.parse(readFileSync(join(outDir, json[0]!), 'utf8'));
    // One shop process by default; the sustained fulfilment's wider catalogue seeded on both targets.
    expect(results.processModel).toBe('one');
    expect(results.catalogue).toEqual({
      products: 5,
      sustainProducts: 10,
      seeded: 10,
      stockPerProduct: 50_000,
    });
    expect(output).toContain('Shop process model (BENCH_PROCESS_MODEL=one)');

    for (const scenario of ['place-order', 'get-order']) {
      const summary = results.scenarios[scenario];
      expect(summary.shop.rps).toBeGreaterThan(0);
      expect(summary.raw.rps).toBeGreaterThan(0);
      expect(summary.ratio.rps).toBeGreaterThan(0);
      expect(Object.keys(summary.ratio)).toEqual(expect.arrayContaining(['p50', 'p99', 'cpu']));
    }
    // The second shop really ran without its tracing module (the bench refuses to go on otherwise).
    expect(output).toContain('runs with tracing code absent');
    expect(results.tracingAb.map((ab: { scenario: string }) => ab.scenario)).toEqual([
      'place-order',
      'get-order',
    ]);
    for (const ab of results.tracingAb) {
      expect(ab.absent.rps).toBeGreaterThan(0);
      expect(ab.ratio.cpu).toBeGreaterThan(0);
    }
    expect(output).toContain('### Tracing off against tracing code absent');
    expect(results.fixedRate).toHaveLength(2);
    for (const fixed of results.fixedRate) expect(typeof fixed.p99Ratio).toBe('number');
    // Both pipelines accept every order of the wider catalogue and fulfil it (how fast is
    // the figure, not asserted).
    for (const target of ['shop', 'raw']) {
      const { probes } = results.sustained[target];
      expect(probes.length).toBeGreaterThan(0);
      for (const probe of probes) {
        expect(probe.placed).toBeGreaterThan(0);
        expect(probe.refused).toBe(0);
        expect(probe.paid).toBe(probe.placed);
      }
    }
    // The split took orders at its one base URL, fulfilled every one, and its events crossed processes.
    const [split] = results.topology.layouts;
    expect(split.layout).toBe('shipping-apart');
    expect(split.processes.map((p: { name: string }) => p.name)).toHaveLength(2);
    expect(split.placeOrder.rps).toBeGreaterThan(0);
    expect(typeof split.ratio.placeOrderRps).toBe('number');
    for (const probe of split.sustained.probes) expect(probe.paid).toBe(probe.placed);
    expect(split.events.crossing.n).toBeGreaterThan(0);
    expect(split.events.byHandler['shipping.CreateShipmentOnOrderPaid'].crossing).toBe(true);
    expect(split.deadLetters).toBe(0);
    expect(output).toContain('### Maximum throughput');
    expect(output).toContain('### Fulfilment sustained');
    expect(output).toContain('### Split topology versus one process');
  }, 400_000);
});
