import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { adminQuery, createTestDatabase } from '../../support/database.js';
import { type NatsServer, startNatsServer } from '../../support/nats-server.js';

const ROOT = resolve(import.meta.dirname, '../../..');
// Compiled by the jest global setup.
const BUILD = resolve(ROOT, '.build-test');
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? '50');
const NATS_ITERATIONS = Number(process.env.CRASH_NATS_ITERATIONS ?? '20');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  ready: Promise<boolean>;
}

function runChild(
  databaseUrl: string,
  mode: 'load' | 'drain',
  selfKill: number,
  natsUrl?: string,
  onReceipt = false,
): Run {
  let output = '';
  const child = spawn(process.execPath, [resolve(BUILD, 'test/support/crash-child.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      CRASH_DATABASE_URL: databaseUrl,
      CRASH_MODE: mode,
      CRASH_SELF_KILL_PROBABILITY: String(selfKill),
      ...(natsUrl ? { CRASH_NATS_URL: natsUrl } : {}),
      ...(onReceipt ? { CRASH_ON_RECEIPT: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let markReady!: (ready: boolean) => void;
  const ready = new Promise<boolean>((done) => (markReady = done));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('ready')) markReady(true);
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      markReady(false);
      done({ code, signal });
    }),
  );
  return { child, output: () => output, exited, ready };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A relay and a consumer run in a child process that is killed with SIGKILL
 * again and again while events flow: by the test at random moments, and by
 * itself right after a handler's effect (before its inbox row commits) and
 * right after a delivery is stored (before the outbox row is marked). After a
 * final clean run every committed event must have had exactly one effect, and
 * each aggregate's effects must have happened in the order of its events.
 */
describe.each([
  { transport: 'in process', iterations: ITERATIONS, overNats: false, onReceipt: false },
  {
    transport: 'in process, handled on receipt',
    iterations: ITERATIONS,
    overNats: false,
    onReceipt: true,
  },
  {
    transport: 'over NATS JetStream',
    iterations: NATS_ITERATIONS,
    overNats: true,
    onReceipt: false,
  },
])(
  'crash safety of the outbox, relay and inbox, $transport (SIGKILL, real PostgreSQL)',
  ({ transport, iterations, overNats, onReceipt }) => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let nats: NatsServer | undefined;

    beforeAll(async () => {
      database = await createTestDatabase();
      if (overNats) nats = await startNatsServer();
    });
    afterAll(async () => {
      await database?.drop();
      await nats?.dispose();
    });

    it(`loses no committed event and applies none twice across ${iterations} kills`, async () => {
      const kills = { external: 0, 'after-effect': 0, 'after-delivery': 0, 'after-publish': 0 };
      for (let i = 0; i < iterations; i++) {
        const run = runChild(database.url, 'load', 0.03, nats?.url, onReceipt);
        if (await run.ready) {
          await Promise.race([sleep(50 + Math.random() * 350), run.exited]);
          if (run.child.exitCode === null && run.child.signalCode === null) {
            run.child.kill('SIGKILL');
            kills.external++;
          }
        }
        const { code, signal } = await run.exited;
        const self = /self-kill (after-effect|after-delivery|after-publish)/.exec(run.output());
        if (self) kills[self[1] as keyof typeof kills]++;
        if (signal !== 'SIGKILL')
          throw new Error(`the child ended on its own (${code}):\n${run.output()}`);
      }

      const drain = runChild(database.url, 'drain', 0, nats?.url, onReceipt);
      const { code } = await drain.exited;
      expect({ code, output: drain.output() }).toEqual({
        code: 0,
        output: expect.stringContaining('drained'),
      });

      const count = async (sql: string) =>
        Number((await adminQuery(sql, [], database.name)).rows[0].n);
      const events = await count('select count(*) as n from pub.outbox');
      const unpublished = await count(
        'select count(*) as n from pub.outbox where published_at is null',
      );
      const effects = await count('select count(*) as n from sub.effects');
      const ticks = await count('select coalesce(sum(count), 0) as n from pub.counters');
      const wrong = await adminQuery(
        `select o.event_id, count(e.event_id) as effects from pub.outbox o
       left join sub.effects e on e.event_id = o.event_id
       group by o.event_id having count(e.event_id) <> 1`,
        [],
        database.name,
      );
      const strays = await count(
        'select count(*) as n from sub.effects e where not exists (select 1 from pub.outbox o where o.event_id = e.event_id)',
      );
      // Per aggregate, the effects happened in the order of its events.
      const outOfOrder = await count(
        `select count(*) as n from (
         select count, lag(count) over (partition by counter_id order by at) as previous
         from sub.effects) e
       where previous is not null and count <= previous`,
      );
      const inbox = await adminQuery(
        'select status, count(*)::int as n from sub.inbox group by status',
        [],
        database.name,
      );

      console.log(
        `crash safety ${transport}: ${iterations} runs killed (${kills.external} by the test, ${kills['after-effect']} after a handler's effect, ` +
          `${kills['after-delivery']} after a delivery before its acknowledgement, ${kills['after-publish']} after the broker stored ` +
          `a batch before it was marked); ${events} events committed, ` +
          `${effects} effects, ${wrong.rowCount} events with other than one effect, ${outOfOrder} out of order`,
      );
      expect(events).toBeGreaterThan(iterations);
      expect(
        kills['after-effect'] + kills['after-delivery'] + kills['after-publish'],
      ).toBeGreaterThan(0);
      expect(ticks).toBe(events); // no state change without its event, no event without its state change
      expect(unpublished).toBe(0);
      expect(wrong.rows).toEqual([]);
      expect(strays).toBe(0);
      expect(outOfOrder).toBe(0);
      expect(effects).toBe(events);
      expect(inbox.rows).toEqual([{ status: 'done', n: events }]);
      // The path under test ran: deliveries handled in the transaction that stored them (or none).
      const onReceiptRows = await count(
        'select count(*) as n from sub.inbox where handled_at = received_at',
      );
      if (onReceipt) expect(onReceiptRows).toBeGreaterThan(events / 2);
      else expect(onReceiptRows).toBe(0);
    }, 600_000);
  },
);
