import http from 'node:http';

export interface RequestSpec {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface Response {
  readonly status: number;
  readonly text: string;
}

/** A keep-alive HTTP client for one server, with at most `connections` sockets. */
export class HttpTarget {
  readonly agent: http.Agent;

  constructor(
    readonly port: number,
    connections = 16,
    readonly host = '127.0.0.1',
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  get url(): string {
    return `http://${this.host}:${this.port}`;
  }

  request(spec: RequestSpec, timeoutMs = 60_000): Promise<Response> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...spec.headers };
      if (spec.body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(spec.body);
      }
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          method: spec.method,
          path: spec.path,
          headers,
          agent: this.agent,
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${spec.method} ${spec.path} timed out`)));
      req.on('error', reject);
      req.end(spec.body);
    });
  }

  /** A request that must answer `expected`; returns the parsed JSON body. */
  async json<T = unknown>(spec: RequestSpec, expected: number): Promise<T> {
    const response = await this.request(spec);
    if (response.status !== expected) {
      throw new Error(
        `${spec.method} ${spec.path} answered ${response.status}, expected ${expected}: ${response.text.slice(0, 500)}`,
      );
    }
    return (response.text ? JSON.parse(response.text) : undefined) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A server the bench needs has exited: waiting longer cannot help. */
export class ProcessExited extends Error {
  override name = 'ProcessExited';
}

/**
 * Polls `check` until it returns a value (not undefined/false) or the time is
 * up; a ProcessExited ends the wait at once.
 */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      if (error instanceof ProcessExited) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`,
      );
    }
    await sleep(intervalMs);
  }
}
