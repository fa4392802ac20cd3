import pino from 'pino';
import type { AppConfig } from '../../config/config.js';
import type { DatabaseServer } from '../../persistence/database-server.js';
import { PipelineBacklog } from './pipeline-backlog.js';

/** A server whose only context reports the lag the test sets. */
function backlogReading(lag: { ms: number | undefined }) {
  const server = {
    databases: [
      {
        context: 'inventory',
        query: async () => (lag.ms === undefined ? [] : [{ lag_ms: lag.ms }]),
      },
    ],
  } as unknown as DatabaseServer;
  const config = { BACKPRESSURE_MAX_LAG_MS: 1000, BACKPRESSURE_SAMPLE_MS: 100 } as AppConfig;
  return new PipelineBacklog(server, config, pino({ level: 'silent' }));
}

describe('PipelineBacklog', () => {
  it('is overloaded past the limit, and again free only at half of it', async () => {
    const lag: { ms: number | undefined } = { ms: 999 };
    const backlog = backlogReading(lag);
    await backlog.sample();
    expect(backlog.overloaded).toBeUndefined();
    lag.ms = 1500;
    await backlog.sample();
    expect(backlog.overloaded).toEqual({ context: 'inventory', lagMs: 1500 });
    lag.ms = 700;
    await backlog.sample();
    expect(backlog.overloaded).toEqual({ context: 'inventory', lagMs: 700 });
    lag.ms = undefined;
    await backlog.sample();
    expect(backlog.overloaded).toBeUndefined();
  });
});
