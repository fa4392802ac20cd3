import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { openApiDocument } from '../../src/platform/http/openapi.js';
import { type Exchange, OpenApiConformance } from './openapi-conformance.js';

export interface JsonResponse<T = any> {
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: T;
}

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
async function assertConforms(app: NestFastifyApplication, exchange: Exchange): Promise<void> {
  const problems = await (await conformanceOf(app)).problems(exchange);
  if (problems.length > 0)
    throw new Error(`The answer does not conform to /openapi.json:\n- ${problems.join('\n- ')}`);
}

/**
 * A tiny HTTP client over `app.inject`: the full Fastify and Nest stack, no
 * socket. Every answer is checked against the app's OpenAPI document: one that
 * does not conform fails the test that received it, saying what differs.
 */
export function http(app: NestFastifyApplication, options: { token?: string } = {}) {
  const send = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<JsonResponse> => {
    const headers = options.token
      ? { authorization: `Bearer ${options.token}`, ...extraHeaders }
      : extraHeaders;
    const response = await app.inject({
      method,
      url,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      payload:
        body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const type = String(response.headers['content-type'] ?? '');
    const answer = {
      status: response.statusCode,
      headers: response.headers,
      body: type.includes('json') ? response.json() : response.body,
    };
    await assertConforms(app, { method, url, ...answer });
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
