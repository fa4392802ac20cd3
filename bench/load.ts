import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { type HttpTarget, type RequestSpec, type Response, sleep } from './http.js';
import { Samples } from './stats.js';

export interface LoadResult {
  readonly durationS: number;
  /** 2xx answers. */
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  /** 2xx answers per second. */
  readonly rps: number;
  /** Latency of each 2xx answer, ms. */
  readonly latency: Samples;
  readonly statusCodes: Record<string, number>;
}

/**
 * Closed loop with autocannon: `connections` connections each send the next
 * request as soon as the previous one is answered, for `durationS` seconds or
 * `amount` requests. Latencies are taken from autocannon's `response` event
 * (sub-millisecond; its own histogram keeps whole milliseconds), and the
 * duration from the start to the last answer (autocannon notices the end of an
 * `amount` run only at its next one-second tick).
 */
export function closedLoop(options: {
  url: string;
  connections: number;
  durationS?: number;
  amount?: number;
  next: () => RequestSpec;
}): Promise<LoadResult> {
  const latency = new Samples();
  const statusCodes: Record<string, number> = {};
  const start = performance.now();
  let lastAnswer = start;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 10 }),
        timeout: 60,
        requests: [
          {
            setupRequest: (request) => {
              const spec = options.next();
              return {
                ...request,
                method: spec.method,
                path: spec.path,
                headers: {
                  ...spec.headers,
                  ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                body: spec.body,
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const ok = result['2xx'];
        const durationS = (lastAnswer - start) / 1000;
        resolve({
          durationS,
          ok,
          non2xx: result.non2xx,
          errors: result.errors,
          rps: ok / durationS,
          latency,
          statusCodes: Object.fromEntries(
            Object.entries(result.statusCodeStats).map(([code, { count }]) => [
              code,
              Number(count),
            ]),
          ),
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      lastAnswer = performance.now();
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) latency.add(ms);
    });
  });
}

export interface OpenLoopResult extends LoadResult {
  readonly rate: number;
  readonly sent: number;
  /** Latency measured from when each request was due (includes waiting for a free connection). */
  readonly latency: Samples;
  /** Latency measured from when each request was actually written. */
  readonly service: Samples;
}

/**
 * Open loop at a fixed rate: request k is due at start + k/rate, whatever
 * happened to the earlier ones, on at most the target's connections. Latency is
 * counted from the due time, so a server that falls behind shows it (no
 * coordinated omission). Used instead of autocannon's `overallRate`, whose
 * limiter lets each connection send its whole per-second quota in a burst at
 * the start of every second (autocannon 9, lib/httpClient.js).
 */
export async function openLoop(
  target: HttpTarget,
  options: {
    rate: number;
    durationS: number;
    next: () => RequestSpec;
    onResponse?: (response: Response, dueAt: number) => void;
  },
): Promise<OpenLoopResult> {
  const { rate, durationS } = options;
  const total = Math.max(1, Math.round(rate * durationS));
  const latency = new Samples();
  const service = new Samples();
  const statusCodes: Record<string, number> = {};
  const inFlight = new Set<Promise<void>>();
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let lastEnd = 0;
  const start = performance.now();
  const fire = (dueAt: number) => {
    const spec = options.next();
    const sentAt = performance.now();
    const done = target.request(spec).then(
      (response) => {
        const end = performance.now();
        lastEnd = Math.max(lastEnd, end);
        statusCodes[response.status] = (statusCodes[response.status] ?? 0) + 1;
        if (response.status >= 200 && response.status < 300) {
          ok++;
          latency.add(end - dueAt);
          service.add(end - sentAt);
        } else non2xx++;
        options.onResponse?.(response, dueAt);
      },
      () => {
        errors++;
      },
    );
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  };
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    for (; sent < due; sent++) fire(start + (sent * 1000) / rate);
    await sleep(1);
  }
  await Promise.all([...inFlight]);
  const elapsedS = Math.max(lastEnd - start, (total * 1000) / rate) / 1000;
  return {
    rate,
    sent,
    durationS: elapsedS,
    ok,
    non2xx,
    errors,
    rps: ok / elapsedS,
    latency,
    service,
    statusCodes,
  };
}
