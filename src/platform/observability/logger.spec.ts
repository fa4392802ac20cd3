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
});
