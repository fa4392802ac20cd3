import type { INestApplication } from '@nestjs/common';
import {
  ApiExtension,
  DocumentBuilder,
  getSchemaPath,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { PROBLEMS, problemType } from './problem-catalog.js';
import { PROBLEM_CONTENT_TYPE } from './problem.filter.js';

const PROBLEM_CODES = 'x-problem-codes';

/**
 * The problems an operation can answer with besides those every operation of
 * its kind can (invalid body, missing token, administrators only), by their
 * stable codes from the problem catalog. The document groups them by status.
 */
export const ProblemResponses = (...codes: string[]) => ApiExtension(PROBLEM_CODES, codes);

/** One of several object shapes, told apart by their `type` member: the schema of each by its value. */
export const oneOfByType = (variants: Record<string, new (...args: never[]) => unknown>) => ({
  oneOf: Object.values(variants).map((variant) => ({ $ref: getSchemaPath(variant) })),
  discriminator: {
    propertyName: 'type',
    mapping: Object.fromEntries(
      Object.entries(variants).map(([value, variant]) => [value, getSchemaPath(variant)]),
    ),
  },
});

/** The `Location` header of a create that names what it created. */
export const locationHeader = (example: string) => ({
  Location: {
    description: 'Where the created resource is read.',
    required: true,
    schema: { type: 'string', format: 'uri-reference', examples: [example] },
  },
});

/** Problems the platform itself answers with, by what the operation takes. */
const BODY_PROBLEMS = [
  'REQUEST.VALIDATION_FAILED',
  'REQUEST.MALFORMED_JSON',
  'REQUEST.INVALID_CONTENT_LENGTH',
  'REQUEST.BODY_TOO_LARGE',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE',
];
const QUERY_PROBLEMS = ['REQUEST.VALIDATION_FAILED'];
const UUID_PROBLEMS = ['HTTP.BAD_REQUEST'];
const AUTHENTICATED_PROBLEMS = ['AUTH.UNAUTHENTICATED'];
const ADMIN_PROBLEMS = ['AUTH.ADMIN_ROLE_REQUIRED'];
/**
 * What the platform's edge refuses on any operation before it runs (the unsafe-input hook,
 * the router, Node's parser), and what depends on the operation's inputs.
 */
const EDGE_PROBLEMS = [
  'REQUEST.INVALID_TEXT',
  'REQUEST.MALFORMED_URL',
  'REQUEST.HEADERS_TOO_LARGE',
  'REQUEST.TIMEOUT',
];
const PATH_PARAMETER_PROBLEMS = ['REQUEST.URL_TOO_LONG'];
const NESTED_BODY_PROBLEMS = ['REQUEST.TOO_DEEPLY_NESTED'];
/** A retryable create (`@Idempotent`): its key's problems, and the race a retry may lose. */
const IDEMPOTENT_PROBLEMS = [
  'IDEMPOTENCY.KEY_INVALID',
  'IDEMPOTENCY.KEY_REUSED',
  'IDEMPOTENCY.REQUEST_IN_PROGRESS',
  'CONCURRENCY.CONFLICT',
];
export const ADMIN_ONLY = 'x-admin-only';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

const COMPONENTS = {
  schemas: {
    FieldError: {
      type: 'object',
      required: ['field', 'message'],
      properties: {
        field: { type: 'string', examples: ['lines[0].quantity'] },
        message: { type: 'string', examples: ['lines[0].quantity must not be less than 1'] },
      },
    },
    Problem: {
      type: 'object',
      description:
        'RFC 9457 problem details. `code` is stable: switch on it. `type` names a section of docs/problems.md. Extension members depend on the code.',
      required: ['type', 'title', 'status', 'detail', 'code', 'instance', 'requestId'],
      properties: {
        type: {
          type: 'string',
          format: 'uri',
          examples: ['urn:emporium:problem:catalog.product_not_found'],
        },
        title: { type: 'string', examples: ['Product not found'] },
        status: { type: 'integer', minimum: 400, maximum: 599 },
        detail: { type: 'string', examples: ['No product has the sku MUG-404'] },
        code: { type: 'string', examples: ['CATALOG.PRODUCT_NOT_FOUND'] },
        instance: { type: 'string', examples: ['/api/products/MUG-404'] },
        requestId: { type: 'string', examples: ['5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11'] },
      },
    },
    ValidationProblem: {
      description: 'A problem that names the failing input fields in `errors`.',
      allOf: [ref('Problem')],
      properties: { errors: { type: 'array', items: ref('FieldError') } },
    },
  },
  headers: {
    RequestId: {
      description: 'The caller’s `x-request-id` when it is sane, else one made for the request.',
      required: true,
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
    },
    RetryAfter: {
      description: 'Seconds to wait before trying again (RFC 9110).',
      required: true,
      schema: { type: 'string', pattern: '^[0-9]+$', examples: ['5'] },
    },
    WwwAuthenticate: {
      description: 'How to authenticate (RFC 6750).',
      required: true,
      schema: { type: 'string', examples: ['Bearer realm="emporium"'] },
    },
  },
};

type Operation = {
  requestBody?: unknown;
  parameters?: { in: string; name?: string; schema?: { format?: string } }[];
  security?: unknown[];
  responses: Record<string, Response>;
  [extension: string]: unknown;
};
type Response = { description?: string; headers?: Record<string, unknown>; content?: unknown };

function problemResponse(status: number, codes: string[]): Response {
  const kinds = codes.map((code) => PROBLEMS[code]!);
  const names = kinds.some((kind) => kind.extensions?.errors);
  const extensions = Object.fromEntries(
    kinds.flatMap((kind) => Object.entries(kind.extensions ?? {})).filter(([n]) => n !== 'errors'),
  );
  const example = codes[0]!;
  return {
    description: kinds.map((kind) => kind.title).join('; '),
    headers: {
      'x-request-id': headerRef('RequestId'),
      ...(status === 401 ? { 'WWW-Authenticate': headerRef('WwwAuthenticate') } : {}),
      ...(status === 429 || status === 503 ? { 'Retry-After': headerRef('RetryAfter') } : {}),
    },
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: {
          allOf: [ref(names ? 'ValidationProblem' : 'Problem')],
          properties: { code: { type: 'string', enum: codes }, ...extensions },
        },
        example: {
          type: problemType(example),
          title: PROBLEMS[example]!.title,
          status,
          detail: PROBLEMS[example]!.means,
          code: example,
          instance: '/api/…',
          requestId: '5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11',
        },
      },
    },
  };
}

/** What any operation may answer with from the server's side (5xx): `default` lists them. */
const SERVER_PROBLEMS = [
  'INTERNAL.UNEXPECTED',
  ...Object.keys(PROBLEMS).filter(
    (code) => PROBLEMS[code]!.status >= 500 && code !== 'INTERNAL.UNEXPECTED',
  ),
];

/** The problems an operation declares and those it has by its kind, by status. */
function problemsOf(operation: Operation): Map<number, string[]> {
  const codes = new Set((operation[PROBLEM_CODES] as string[] | undefined) ?? []);
  const add = (more: string[]) => more.forEach((code) => codes.add(code));
  add(EDGE_PROBLEMS);
  if (operation.requestBody) add([...BODY_PROBLEMS, ...NESTED_BODY_PROBLEMS]);
  if (operation.parameters?.some((p) => p.in === 'path')) add(PATH_PARAMETER_PROBLEMS);
  if (operation.parameters?.some((p) => p.in === 'query')) add(QUERY_PROBLEMS);
  if (operation.parameters?.some((p) => p.schema?.format === 'uuid')) add(UUID_PROBLEMS);
  if (operation.security?.length) add(AUTHENTICATED_PROBLEMS);
  if (operation[ADMIN_ONLY]) add(ADMIN_PROBLEMS);
  if (operation.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
    add(IDEMPOTENT_PROBLEMS);
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const kind = PROBLEMS[code];
    if (!kind) throw new Error(`${code} is not in the problem catalog (problem-catalog.ts)`);
    byStatus.set(kind.status, [...(byStatus.get(kind.status) ?? []), code]);
  }
  return byStatus;
}

/**
 * Completes what the decorators describe with the conventions every operation
 * shares: its problems (grouped by status, with their codes and extension
 * members, and a `default`), the `x-request-id` header on every answer, and
 * `security: []` on public operations under the document's bearer default.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...COMPONENTS.schemas },
    headers: COMPONENTS.headers,
  };
  document.security = [{ bearer: [] }];
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, Operation>)) {
      for (const [status, codes] of problemsOf(operation))
        operation.responses[status] = problemResponse(status, codes);
      operation.responses.default = problemResponse(500, SERVER_PROBLEMS);
      operation.responses.default.description =
        'Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`).';
      for (const response of Object.values(operation.responses))
        response.headers = { 'x-request-id': headerRef('RequestId'), ...response.headers };
      if (!operation.security?.length) operation.security = [];
      delete operation[PROBLEM_CODES];
      delete operation[ADMIN_ONLY];
    }
  }
  return document;
}

/** Builds the OpenAPI 3.1 document of the running app. */
export function openApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Emporium API')
    .setDescription(
      'Backend of an online shop. Errors are RFC 9457 problem details with a stable `code` (docs/problems.md); lists are cursor-paginated. Money is integer minor units.',
    )
    .setVersion(version)
    .setLicense('UNLICENSED', 'https://choosealicense.com/no-permission/')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  return completeDocument(SwaggerModule.createDocument(app, config));
}

/**
 * Serves the OpenAPI 3.1 document at /openapi.json and Swagger UI at /docs;
 * `serve` may complete it per request (the routes other processes answer).
 */
export function setupOpenApi(
  app: INestApplication,
  version: string,
  serve?: (document: OpenAPIObject, url: string) => Promise<OpenAPIObject>,
): void {
  SwaggerModule.setup('docs', app, openApiDocument(app, version), {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    patchDocumentOnRequest: serve
      ? <Request>(request: Request, _reply: unknown, document: OpenAPIObject) =>
          serve(document, (request as { url: string }).url)
      : undefined,
  });
}
