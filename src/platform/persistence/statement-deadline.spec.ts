import { EventEmitter } from 'node:events';
import { StatementTimedOut } from './database-outage.js';
import { statementDeadline } from './statement-deadline.js';

/** A pooled connection whose statements are answered after `answerAfterMs`, or never (a stalled server). */
class FakeConnection extends EventEmitter {
  answerAfterMs: number | null = 5;
  destroyed = false;
  private readonly waiting: ((error: Error) => void)[] = [];
  readonly connection = {
    stream: {
      // As pg does when its socket closes: every statement in flight fails, then the client ends.
      destroy: () => {
        this.destroyed = true;
        for (const fail of this.waiting) fail(new Error('Connection terminated unexpectedly'));
        this.emit('end');
      },
    },
  };

  query(text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.answerAfterMs === null) this.waiting.push(reject);
      else setTimeout(() => resolve(`answer to ${text}`), this.answerAfterMs);
    });
  }
}

function guardedConnection(timeoutMs: number): FakeConnection {
  const pool = new EventEmitter();
  statementDeadline(pool as never, timeoutMs);
  const connection = new FakeConnection();
  pool.emit('connect', connection);
  return connection;
}

describe('statementDeadline', () => {
  it('lets answered statements through, one after another on the same connection', async () => {
    const connection = guardedConnection(100);
    await expect(connection.query('select 1')).resolves.toBe('answer to select 1');
    await expect(
      Promise.all([connection.query('select 2'), connection.query('select 3')]),
    ).resolves.toEqual(['answer to select 2', 'answer to select 3']);
    expect(connection.destroyed).toBe(false);
    connection.emit('end');
  });

  it('gives up on a statement the server never answers: StatementTimedOut, connection destroyed', async () => {
    const connection = guardedConnection(100);
    connection.answerAfterMs = null;
    const stalled = connection.query('select pg_sleep(3600)');
    const queued = connection.query('select 1');
    await expect(stalled).rejects.toBeInstanceOf(StatementTimedOut);
    await expect(queued).rejects.toBeInstanceOf(StatementTimedOut);
    expect(connection.destroyed).toBe(true);
  });

  it('passes other failures through as they are', async () => {
    const connection = guardedConnection(100);
    connection.answerAfterMs = null;
    const failing = connection.query('select 1');
    connection.connection.stream.destroy();
    await expect(failing).rejects.toThrow('Connection terminated unexpectedly');
  });
});
