import { jest } from '@jest/globals';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('writes one JSON object a line and redacts credentials wherever they appear', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info(
      {
        req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1' } },
        body: { email: 'a@example.com', password: 'correct horse battery' },
        payment: { token: 'tok_visa' },
      },
      'hello',
    );
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'info', msg: 'hello', service: 'emporium' });
    expect(entry.req.headers.authorization).toBe('[redacted]');
    expect(entry.body.password).toBe('[redacted]');
    expect(entry.body.email).toBe('a@example.com');
    expect(lines[0]).not.toMatch(/abc\.def\.ghi|correct horse|tok_visa|sid=1/);
  });

  it('writes an outage’s errors once per cause and interval, then one line with the count', () => {
    jest.useFakeTimers();
    try {
      const lines: string[] = [];
      const logger = createLogger(
        'info',
        { write: (line: string) => void lines.push(line) },
        { repeatIntervalMs: 1000 },
      );
      const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      for (let i = 0; i < 20; i++) logger.child({ reqId: i }).error({ err: refused }, 'db down');
      logger.error({ err: new Error('a bug') }, 'request failed');
      logger.error({ err: new Error('a bug') }, 'request failed');
      jest.advanceTimersByTime(1000);

      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(entries.map((entry) => [entry.msg, entry.outage, entry.repeats])).toEqual([
        ['db down', 'unreachable', undefined],
        ['request failed', undefined, undefined],
        ['request failed', undefined, undefined],
        ['db down (19 more in 1000 ms)', 'unreachable', 19],
      ]);
      expect((entries[0]!.err as { message: string }).message).toBe('connect ECONNREFUSED');
    } finally {
      jest.useRealTimers();
    }
  });
});
