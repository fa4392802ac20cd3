import fc from 'fast-check';

/** One generated request against one operation of the OpenAPI document. */
export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly body?: string;
  readonly contentType?: string;
}

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly { name: string; in: string; schema?: Schema; example?: unknown }[];
  readonly body?: Schema;
}

type Schema = Record<string, any>;

/** Values that broke real APIs: control characters, bad Unicode, huge numbers, injection text. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '%',
  '%00',
  '../../etc/passwd',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '${7*7}',
  'x'.repeat(5000),
  '1e308',
  '-1',
  'NaN',
  '9007199254740993',
  '🎉',
  'ÅÄÖ',
  '00000000-0000-0000-0000-000000000000',
];
const NASTY_NUMBERS = [0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, Number.MIN_VALUE];

const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.uuid() },
);

/** Anything JSON can hold, including shapes no DTO expects (nested arrays, nulls). */
const junk = fc.oneof(
  text,
  fc.constantFrom<unknown>(...NASTY_NUMBERS, null, true, [], {}, [[]], [{}], { __proto__: 1 }),
  fc.jsonValue({ maxDepth: 3 }),
);

function resolve(schema: Schema | undefined, document: Schema): Schema {
  if (!schema) return {};
  if (typeof schema.$ref === 'string') {
    return resolve(document.components?.schemas?.[schema.$ref.split('/').pop()!], document);
  }
  return schema;
}

/** Mostly values of the declared shape (so requests get past validation), sometimes junk. */
function valueFor(raw: Schema | undefined, document: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, document);
  const declared: fc.Arbitrary<unknown>[] = [];
  if (schema.example !== undefined) declared.push(fc.constant(schema.example));
  if (Array.isArray(schema.enum)) declared.push(fc.constantFrom(...schema.enum));
  const options = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  if (options.length > 0 && depth < 4) {
    declared.push(
      fc.oneof(...options.map((option: Schema) => valueFor(option, document, depth + 1))),
    );
  }
  switch (schema.type) {
    case 'string':
      declared.push(text);
      break;
    case 'integer':
    case 'number':
      declared.push(fc.integer({ min: -5, max: 2000 }), fc.constantFrom(...NASTY_NUMBERS));
      break;
    case 'boolean':
      declared.push(fc.boolean());
      break;
    case 'array':
      if (depth < 4) {
        declared.push(fc.array(valueFor(schema.items, document, depth + 1), { maxLength: 3 }));
      }
      break;
    case 'object':
    default:
      if (schema.properties && depth < 4) {
        const fields = Object.fromEntries(
          Object.entries<Schema>(schema.properties).map(([name, child]) => [
            name,
            valueFor(child, document, depth + 1),
          ]),
        );
        declared.push(fc.record(fields, { requiredKeys: [] }));
        // With every field, then one more the API does not know.
        declared.push(
          fc
            .record(fields)
            .chain((value) => fc.record({ extra: junk }).map((more) => ({ ...value, ...more }))),
        );
      }
  }
  return declared.length === 0
    ? junk
    : fc.oneof({ weight: 4, arbitrary: fc.oneof(...declared) }, { weight: 1, arbitrary: junk });
}

/** The operations of an OpenAPI document. */
export function operationsOf(document: Schema): Operation[] {
  return Object.entries<Schema>(document.paths).flatMap(([path, item]) =>
    Object.entries<Schema>(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
      })),
  );
}

/** Percent-encodes any text, lone surrogates included (they go out as U+FFFD's bytes). */
const encode = (value: string) =>
  value.isWellFormed()
    ? encodeURIComponent(value)
    : [...Buffer.from(value, 'utf8')]
        .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
        .join('');

const RAW_BODIES = ['{', 'null', '[]', '"text"', '{"a":', '\u0000', '{"lines":[[]]}'];

/** Requests for one operation: parameters, query and body drawn from its schemas and from junk. */
export function requestsFor(operation: Operation, document: Schema): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const scalar = (parameter: Operation['parameters'][number]) =>
    valueFor(parameter.schema, document).map((value) =>
      typeof value === 'string' ? value : JSON.stringify(value),
    );
  const path = fc
    .tuple(...pathParameters.map(scalar))
    .map((values) =>
      pathParameters.reduce(
        (url, parameter, i) => url.replace(`{${parameter.name}}`, encode(values[i]!)),
        operation.path,
      ),
    );
  const query = fc
    .tuple(...queryParameters.map((parameter) => fc.option(scalar(parameter), { nil: undefined })))
    .map((values) =>
      queryParameters
        .flatMap((parameter, i) =>
          values[i] === undefined
            ? []
            : [`${encodeURIComponent(parameter.name)}=${encode(values[i])}`],
        )
        .join('&'),
    );
  const body =
    operation.method === 'GET'
      ? fc.constant(undefined)
      : fc.oneof(
          {
            weight: 5,
            arbitrary: valueFor(operation.body, document).map((v) => JSON.stringify(v)),
          },
          { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) },
        );
  return fc.record({ path, query, body }).map(({ path: url, query: q, body: payload }) => ({
    method: operation.method,
    url: q ? `${url}?${q}` : url,
    ...(payload === undefined ? {} : { body: payload, contentType: 'application/json' }),
  }));
}

/** Words that only an internal error would put in an answer. */
export const INTERNAL_DETAIL =
  /\bat .+\.(ts|js):\d+|node_modules|\/work\/|ECONN|EADDR|syntax error at|violates .* constraint|relation "|column "|TypeError|ReferenceError|Cannot read prop|MikroORM|pg_|postgres:\/\//i;

/** What is wrong with an answer to a generated request, if anything. */
export function judge(answer: {
  status: number;
  contentType: string;
  body: string;
  changedData: boolean;
}): string | undefined {
  const { status, body } = answer;
  const shown = body.slice(0, 300);
  if (INTERNAL_DETAIL.test(body)) return `${status} shows internal detail: ${shown}`;
  if (status >= 500) return `${status}: ${shown}`;
  if (status < 400) return undefined;
  if (!answer.contentType.startsWith('application/problem+json')) {
    return `${status} is not problem+json: ${shown}`;
  }
  return answer.changedData ? `${status} changed data: ${shown}` : undefined;
}
