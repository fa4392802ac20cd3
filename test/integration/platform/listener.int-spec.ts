import pg from 'pg';
import { Listener } from '../../../src/platform/messaging/listener.js';
import { createLogger } from '../../../src/platform/observability/logger.js';
import { eventually } from '../../support/context-database.js';
import { createTestDatabase } from '../../support/database.js';

describe('Listener: one LISTEN connection per database (real PostgreSQL)', () => {
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ url, drop } = await createTestDatabase());
  });
  afterAll(() => drop?.());

  it('sends the LISTENs of loops starting together one at a time, and hears each channel', async () => {
    // How many queries each client has unanswered: pg deprecates a second one (pg 9 refuses it).
    const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const query = prototype.query;
    const inFlight = new Map<object, number>();
    let most = 0;
    prototype.query = function (this: object, ...args: unknown[]) {
      const result = query.apply(this, args);
      if (!(result instanceof Promise)) return result;
      const now = (inFlight.get(this) ?? 0) + 1;
      inFlight.set(this, now);
      most = Math.max(most, now);
      return result.finally(() => inFlight.set(this, inFlight.get(this)! - 1));
    };
    const heard = new Set<string>();
    const channels = Array.from({ length: 12 }, (_, i) => `loop_${i}`);
    const log = createLogger('silent');
    const stops = await Promise.all(
      channels.map((channel) => Listener.listen(url, channel, () => heard.add(channel), 100, log)),
    );
    try {
      prototype.query = query;
      expect(most).toBe(1);
      const notifier = new pg.Client({ connectionString: url });
      await notifier.connect();
      try {
        for (const channel of channels) await notifier.query(`notify ${channel}`);
      } finally {
        await notifier.end();
      }
      await eventually(
        () => Promise.resolve(heard.size === channels.length),
        'a NOTIFY heard on every channel',
      );
    } finally {
      prototype.query = query;
      await Promise.all(stops.map((stop) => stop()));
    }
  });
});
