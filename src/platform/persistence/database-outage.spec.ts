import { DriverException } from '@mikro-orm/core';
import { outageCause, StatementTimedOut } from './database-outage.js';

const pgError = (code: string, message = 'server says no') =>
  Object.assign(new Error(message), { code });

describe('outageCause', () => {
  it.each([
    ['a statement past its deadline', new StatementTimedOut(1250), 'timeout'],
    ['PostgreSQL cancelling on statement_timeout', pgError('57014'), 'timeout'],
    ['a full pool', new Error('timeout exceeded when trying to connect'), 'timeout'],
    [
      'a refused connection',
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      'unreachable',
    ],
    ['a dropped connection', new Error('Connection terminated unexpectedly'), 'unreachable'],
    ['a connection exception (class 08)', pgError('08006'), 'unreachable'],
    ['a server shutting down', pgError('57P01'), 'unavailable'],
    ['a server starting up', pgError('57P03', 'the database system is starting up'), 'unavailable'],
    ['too many connections (class 53)', pgError('53300'), 'unavailable'],
  ])('recognises %s', (_what, error, cause) => {
    expect(outageCause(error)).toBe(cause);
  });

  it('looks through the ORM’s wrapper, which keeps the properties but not the class', () => {
    expect(outageCause(new DriverException(new StatementTimedOut(1250)))).toBe('timeout');
  });

  it('looks through causes and the errors of an aggregate (a host with several addresses)', () => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    expect(outageCause(new Error('wrapped', { cause: refused }))).toBe('unreachable');
    expect(outageCause(new AggregateError([new Error('x'), refused]))).toBe('unreachable');
  });

  it.each([
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a serialization failure', pgError('40001')],
    ['a syntax error', pgError('42601')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    [
      'a socket code that is not about the database path',
      Object.assign(new Error('x'), { code: 'ENOENT' }),
    ],
    ['not an error at all', 'a string'],
  ])('does not take %s for an outage', (_what, error) => {
    expect(outageCause(error)).toBeUndefined();
  });
});
