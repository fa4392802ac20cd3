import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { aProduct } from '../builders/product.builder.js';
import { TEST_ADMIN } from '../support/app.js';
import { eventually } from '../support/context-database.js';
import { createTestDatabase } from '../support/database.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Stands in for an OpenTelemetry collector: keeps every OTLP/HTTP trace export it receives. */
async function collector(): Promise<{
  url: string;
  exports: { type: string; body: Buffer }[];
  server: Server;
}> {
  const exports: { type: string; body: Buffer }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces')
        exports.push({
          type: String(request.headers['content-type']),
          body: Buffer.concat(chunks),
        });
      response.writeHead(200, { 'content-type': String(request.headers['content-type']) });
      response.end(request.headers['content-type']?.includes('json') ? '{}' : '');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, exports, server };
}

/** `npm start`'s entry point on a test database, with tracing exported to `endpoint`. */
async function startShop(endpoint: string, protocol: string) {
  const database = await createTestDatabase();
  const port = 20000 + Math.floor(Math.random() * 12000);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      DATABASE_ROLE_SECRET: 'test-role-secret-0123456789',
      AUTH_JWT_SECRET: 'test-jwt-secret-0123456789-0123456789',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      MESSAGING_POLL_MS: '50',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
      OTEL_SERVICE_NAME: 'emporium-under-test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`the shop exited:\n${output}`);
      return (await fetch(`${base}/health/ready`).catch(() => undefined))?.status === 200;
    },
    'the shop to be ready',
    60_000,
  );
  return {
    base,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
      await database.drop();
    },
  };
}

/** Creates a product as the administrator, continuing the caller's trace. */
async function createProduct(base: string, traceId: string) {
  const signIn = await fetch(`${base}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const created = await fetch(`${base}/api/products`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${accessToken}`,
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    },
    body: JSON.stringify(
      aProduct()
        .withSku(`OTLP-${traceId.slice(0, 6)}`)
        .request(),
    ),
  });
  expect(created.status).toBe(201);
}

interface JsonSpan {
  traceId: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}

describe.each(['http/json', 'http/protobuf'])('tracing exported over OTLP %s', (protocol) => {
  let sink: Awaited<ReturnType<typeof collector>>;
  let shop: Awaited<ReturnType<typeof startShop>>;

  beforeAll(async () => {
    sink = await collector();
    shop = await startShop(sink.url, protocol);
  }, 90_000);
  afterAll(async () => {
    await shop?.stop();
    sink?.server.close();
  });

  it('sends the request, its SQL and the handlers of other contexts as one trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    await createProduct(shop.base, traceId);
    const wanted = [
      'POST /api/products',
      'catalog command CreateProductCommand',
      'catalog outbox append',
      'inventory.OpenStockItemOnProductCreated handles catalog.ProductCreated.v1',
      'ordering.AddToPriceListOnProductCreated handles catalog.ProductCreated.v1',
    ];
    if (protocol === 'http/json') {
      const spans = await eventually(
        () => {
          const all = sink.exports.flatMap(({ body }) => {
            const document = JSON.parse(body.toString()) as {
              resourceSpans: { scopeSpans: { spans: JsonSpan[] }[] }[];
            };
            return document.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
          });
          const mine = all.filter((span) => span.traceId === traceId);
          const names = new Set(mine.map((span) => span.name));
          return Promise.resolve(wanted.every((name) => names.has(name)) && mine);
        },
        'the trace at the collector',
        20_000,
      );
      expect(sink.exports.every(({ type }) => type.startsWith('application/json'))).toBe(true);
      // The pg instrumentation: the command's statements are spans of the same trace.
      const sql = spans.filter((span) =>
        span.attributes.some((a) => a.key === 'db.system.name' || a.key === 'db.system'),
      );
      expect(sql.length).toBeGreaterThan(0);
      const body = sink.exports.map(({ body }) => body.toString()).join('');
      expect(body).toContain('emporium-under-test');
    } else {
      // Protobuf carries the trace id as 16 raw bytes and names as UTF-8 strings.
      const id = Buffer.from(traceId, 'hex');
      await eventually(
        () => {
          const mine = sink.exports.filter(({ body }) => body.includes(id));
          const text = Buffer.concat(mine.map(({ body }) => body)).toString('latin1');
          return Promise.resolve(
            wanted.every((name) => text.includes(name)) && /insert into/i.test(text),
          );
        },
        'the trace at the collector',
        20_000,
      );
      expect(sink.exports.every(({ type }) => type === 'application/x-protobuf')).toBe(true);
    }
  });
});
