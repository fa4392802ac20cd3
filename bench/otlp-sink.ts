import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in OpenTelemetry collector for BENCH_TRACING=1: accepts every OTLP
 * export and keeps only counts, so the bench measures what tracing costs the
 * shop (making, batching and sending spans), not a collector's work.
 */
export async function startOtlpSink(): Promise<{
  url: string;
  stats: () => { exports: number; bytes: number };
  close: () => Promise<void>;
}> {
  let exports = 0;
  let bytes = 0;
  const server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => {
      exports++;
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats: () => ({ exports, bytes }),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
