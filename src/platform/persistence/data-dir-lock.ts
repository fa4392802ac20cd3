import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';

/** Another running shop holds the data folder: its PostgreSQL must not be touched. */
export class DataDirInUse extends Error {
  constructor(databaseDir: string, holder: string) {
    super(
      `the embedded PostgreSQL in ${databaseDir} is in use by a running shop (pid ${holder}); ` +
        'stop that shop first, or give this one another EMBEDDED_DB_DIR',
    );
    this.name = 'DataDirInUse';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Holds the data folder for as long as this process lives, by listening on a
 * Unix socket named after it. The kernel closes the socket when the process
 * ends, however it ends (SIGKILL included), so a lock is never stale and
 * "no live shop uses this folder" is exactly "the lock could be taken". On
 * Linux the socket is abstract (no file); elsewhere a socket file beside the
 * folder, which a crash leaves behind and the next taker finds dead.
 * A contender that connects is told the holder's pid.
 */
export async function lockDataDir(databaseDir: string): Promise<DataDirLock> {
  const hash = createHash('sha256').update(databaseDir).digest('hex').slice(0, 32);
  const abstract = process.platform === 'linux';
  const path = abstract ? `\0emporium-postgres-${hash}` : `${databaseDir}.lock`;
  for (let attempt = 1; ; attempt++) {
    const server = createServer((socket) => socket.end(`${process.pid}\n`));
    try {
      await listen(server, path);
      server.unref();
      return { release: () => new Promise((done) => server.close(() => done())) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      const holder = await askHolder(path);
      if (holder !== undefined) throw new DataDirInUse(databaseDir, holder);
      // A socket file nobody listens on any more: its shop is gone.
      if (abstract || attempt > 1) throw error;
      await unlink(path).catch(() => undefined);
    }
  }
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ path, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The pid the holder reports, or undefined when nobody answers. */
function askHolder(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = createConnection({ path });
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => resolve(undefined));
    socket.on('close', () => resolve(answer.trim() || 'unknown'));
  });
}
