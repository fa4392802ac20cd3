import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { openApiDocument } from '../../src/platform/http/openapi.js';
import { type Exchange, OpenApiConformance } from './openapi-conformance.js';

export interface JsonResponse<T = any> {
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: T;
}

type OpenApiDocument = { paths: Record<string, unknown> };

const conformance = new WeakMap<NestFastifyApplication, Promise<OpenApiConformance>>();

/**
 * The app's own OpenAPI document, read once per app: as it serves it, or as it
 * would, when serving it is switched off (HTTP_API_DOCS=false).
 */
function conformanceOf(app: NestFastifyApplication): Promise<OpenApiConformance> {
  let checker = conformance.get(app);
  if (!checker) {
    checker = app
      .inject({ method: 'GET', url: '/openapi.json' })
      .then((response) =>
        OpenApiConformance.of(
          response.statusCode === 200 ? response.json() : openApiDocument(app, '0.1.0'),
        ),
      );
    conformance.set(app, checker);
  }
  return checker;
}

/** Fails the test that received an answer which differs from the document, saying how. */
async function assertConformsTo(checker: Promise<OpenApiConformance>, exchange: Exchange) {
  const problems = await (await checker).problems(exchange);
  if (problems.length > 0)
    throw new Error(`The answer does not conform to /openapi.json:\n- ${problems.join('\n- ')}`);
}

const assertConforms = (app: NestFastifyApplication, exchange: Exchange) =>
  assertConformsTo(conformanceOf(app), exchange);

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Transport = (request: {
  method: Method;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}) => Promise<{ status: number; headers: JsonResponse['headers']; text: string }>;

/** The client both `http` and `httpAt` are: JSON in and out, every answer checked by `conforms`. */
function jsonClient(
  transport: Transport,
  conforms: (exchange: Exchange) => Promise<void>,
  options: { token?: string },
) {
  const send = async (
    method: Method,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<JsonResponse> => {
    const headers = options.token
      ? { authorization: `Bearer ${options.token}`, ...extraHeaders }
      : extraHeaders;
    const response = await transport({
      method,
      url,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      payload:
        body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const type = String(response.headers['content-type'] ?? '');
    const answer = {
      status: response.status,
      headers: response.headers,
      body: type.includes('json') && response.text ? JSON.parse(response.text) : response.text,
    };
    await conforms({ method, url, ...answer });
    return answer;
  };
  return {
    get: (url: string, headers?: Record<string, string>) => send('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) =>
      send('POST', url, body ?? {}, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) =>
      send('PUT', url, body ?? {}, headers),
    raw: send,
  };
}

/**
 * A tiny HTTP client over `app.inject`: the full Fastify and Nest stack, no
 * socket. Every answer is checked against the app's OpenAPI document: one that
 * does not conform fails the test that received it, saying what differs.
 */
export function http(app: NestFastifyApplication, options: { token?: string } = {}) {
  return jsonClient(
    async (request) => {
      const response = await app.inject(request);
      return { status: response.statusCode, headers: response.headers, text: response.body };
    },
    (exchange) => assertConforms(app, exchange),
    options,
  );
}

const documentsAt = new Map<string, Promise<{ document: OpenApiDocument; whole: boolean }>>();
const conformanceByBase = new Map<string, Promise<OpenApiConformance>>();

/** The document a shop serves at `base`, read once, and whether it lists the whole published API. */
function documentAt(base: string) {
  let found = documentsAt.get(base);
  if (!found) {
    found = (async () => {
      const document = (await (await fetch(`${base}/openapi.json`)).json()) as OpenApiDocument;
      const published = publishedContract();
      const whole = Object.keys(published.paths).every((path) => path in document.paths);
      return { document, whole };
    })();
    documentsAt.set(base, found);
  }
  return found;
}

const publishedContract = () =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../openapi/openapi.json'), 'utf8'),
  ) as OpenApiDocument;

/**
 * Whether the process at `base` answers for the whole shop in its documents and admin
 * lists. Until the client-facing process of a split merges the other processes' (issue
 * 12 §4), it lists only what it hosts.
 */
export async function servesWholeShop(base: string): Promise<boolean> {
  return (await documentAt(base)).whole;
}

/** The document served at `base`; the published contract (openapi/openapi.json) where that is partial. */
function conformanceAt(base: string): Promise<OpenApiConformance> {
  let checker = conformanceByBase.get(base);
  if (!checker) {
    checker = documentAt(base).then(({ document, whole }) =>
      OpenApiConformance.of(whole ? document : publishedContract()),
    );
    conformanceByBase.set(base, checker);
  }
  return checker;
}

/**
 * The same client over a real socket, at a shop's base URL (a process of its own, or
 * the client-facing process of a split): every answer checked against its document.
 */
export function httpAt(base: string, options: { token?: string } = {}) {
  return jsonClient(
    async (request) => {
      const response = await fetch(`${base}${request.url}`, {
        method: request.method,
        headers: request.headers,
        body: request.payload,
      });
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        text: await response.text(),
      };
    },
    (exchange) => assertConformsTo(conformanceAt(base), exchange),
    options,
  );
}

/** Asserts an RFC 9457 answer with its stable code. */
export function expectProblem(response: JsonResponse, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
  });
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

/**
 * A `fetch` over `app.inject`, for clients that take one (openapi-fetch):
 * the same stack and the same conformance check as `http()`.
 */
export function injectFetch(app: NestFastifyApplication) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const payload = request.body ? await request.text() : undefined;
    const response = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      payload,
    });
    const type = String(response.headers['content-type'] ?? '');
    const body = type.includes('json') ? response.json() : response.body;
    await assertConforms(app, {
      method: request.method,
      url: url.pathname + url.search,
      status: response.statusCode,
      headers: response.headers,
      body,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers))
      if (value !== undefined) headers.set(name, String(value));
    return new Response(response.statusCode === 204 ? null : response.body, {
      status: response.statusCode,
      headers,
    });
  };
}
