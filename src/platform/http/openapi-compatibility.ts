import { breakingChanges, type Schema } from '../messaging/compatibility.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
/** The parts of an OpenAPI 3.1 document the gate reasons about. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const JSON_TYPE = 'application/json';

/** A schema with its `$ref`s resolved and its `allOf` merged, as far as comparison needs. */
function plain(schema: Schema | undefined, document: OpenApiDocument, depth = 0): Schema {
  if (!schema || depth > 32) return {};
  let own: Schema = schema;
  if (typeof own.$ref === 'string') {
    const name = own.$ref.replace('#/components/schemas/', '');
    own = { ...document.components?.schemas?.[name], ...own, $ref: undefined };
  }
  const parts = [own, ...((own.allOf as Schema[] | undefined) ?? [])].map((part) =>
    part === own ? part : plain(part, document, depth + 1),
  );
  const merged: Schema = { ...own, allOf: undefined, $ref: undefined };
  for (const part of parts) {
    if (part.type !== undefined) merged.type = part.type;
    if (part.properties) merged.properties = { ...merged.properties, ...part.properties };
    if (part.required)
      merged.required = [...new Set([...(merged.required ?? []), ...part.required])];
  }
  if (merged.properties) {
    merged.properties = Object.fromEntries(
      Object.entries(merged.properties).map(([key, value]) => [
        key,
        plain(value, document, depth + 1),
      ]),
    );
  }
  if (merged.items) merged.items = plain(merged.items, document, depth + 1);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = merged[key] as Schema[] | undefined;
    if (options) merged[key] = options.map((option) => plain(option, document, depth + 1));
  }
  return JSON.parse(JSON.stringify(merged)) as Schema;
}

/** Constraints a request schema may only relax: a stricter one refuses what old clients send. */
function narrowedConstraints(previous: Schema, next: Schema, path: string): string[] {
  const problems: string[] = [];
  const tighter = (key: string, lower: boolean) => {
    const before = previous[key] as number | undefined;
    const after = next[key] as number | undefined;
    if (after !== undefined && (before === undefined || (lower ? after < before : after > before)))
      problems.push(`${path} narrowed ${key} from ${before ?? 'none'} to ${after}`);
  };
  tighter('maximum', true);
  tighter('maxLength', true);
  tighter('maxItems', true);
  tighter('minimum', false);
  tighter('minLength', false);
  tighter('minItems', false);
  if (next.pattern !== undefined && next.pattern !== previous.pattern)
    problems.push(`${path} now must match ${JSON.stringify(next.pattern)}`);
  for (const [name, schema] of Object.entries(previous.properties ?? {})) {
    const counterpart = next.properties?.[name];
    if (counterpart) problems.push(...narrowedConstraints(schema, counterpart, `${path}.${name}`));
  }
  if (previous.items && next.items)
    problems.push(...narrowedConstraints(previous.items, next.items, `${path}[]`));
  return problems;
}

/** What a client sends: the server must go on accepting all of it. */
function requestBreaks(previous: Schema, next: Schema, path: string): string[] {
  return [
    ...breakingChanges(previous, next, path).filter((p) => !p.endsWith('is no longer required')),
    ...narrowedConstraints(previous, next, path),
  ];
}

/** What a client receives: nothing it relies on may go away or change meaning. */
function responseBreaks(previous: Schema, next: Schema, path: string): string[] {
  return breakingChanges(previous, next, path).filter(
    (p) => !/is a new required field$|now refuses additional properties$/.test(p),
  );
}

const successStatuses = (operation: Operation) =>
  Object.keys(operation.responses ?? {}).filter((status) => /^2\d\d$/.test(status));

function operationBreaks(
  previous: Operation,
  next: Operation,
  before: OpenApiDocument,
  after: OpenApiDocument,
): string[] {
  const problems: string[] = [];
  const key = (p: Parameter) => `${p.in} ${p.name}`;
  const previousParameters = new Map((previous.parameters ?? []).map((p) => [key(p), p]));
  for (const parameter of next.parameters ?? []) {
    const old = previousParameters.get(key(parameter));
    if (!old && parameter.required)
      problems.push(`${parameter.in} parameter ${parameter.name} is new and required`);
    else if (old && parameter.required && !old.required)
      problems.push(`${parameter.in} parameter ${parameter.name} is now required`);
    else if (old)
      problems.push(
        ...requestBreaks(
          plain(old.schema, before),
          plain(parameter.schema, after),
          `${parameter.in} parameter ${parameter.name}`,
        ),
      );
  }
  const nextParameters = new Set((next.parameters ?? []).map(key));
  for (const name of previousParameters.keys())
    if (!nextParameters.has(name)) problems.push(`${name.replace(' ', ' parameter ')} was removed`);

  const previousBody = previous.requestBody?.content?.[JSON_TYPE]?.schema;
  const nextBody = next.requestBody?.content?.[JSON_TYPE]?.schema;
  if (!previous.requestBody && next.requestBody?.required)
    problems.push('a request body is now required');
  if (previousBody && nextBody)
    problems.push(
      ...requestBreaks(plain(previousBody, before), plain(nextBody, after), 'request body'),
    );

  const previousSuccess = successStatuses(previous);
  const nextSuccess = successStatuses(next);
  if (previousSuccess.join() !== nextSuccess.join())
    problems.push(
      `success status changed from ${previousSuccess.join(', ')} to ${nextSuccess.join(', ')}`,
    );
  for (const status of [...previousSuccess, 'default']) {
    const was = previous.responses?.[status]?.content;
    const is = next.responses?.[status]?.content;
    if (!was || !is) continue;
    for (const [type, media] of Object.entries(was)) {
      if (!is[type]) {
        problems.push(`${status} response is no longer ${type}`);
        continue;
      }
      problems.push(
        ...responseBreaks(
          plain(media.schema, before),
          plain(is[type].schema, after),
          `${status} response body`,
        ),
      );
    }
  }
  return problems;
}

/**
 * What in `next` would break a client built against `previous`: an operation
 * removed, a new required parameter or request field, a request type or
 * constraint narrowed, an enum narrowed, a response field removed, renamed or
 * retyped, or a success status changed. Additions clients can ignore pass.
 */
export function restBreakingChanges(previous: OpenApiDocument, next: OpenApiDocument): string[] {
  const problems: string[] = [];
  for (const [path, item] of Object.entries(previous.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const operation = `${method.toUpperCase()} ${path}`;
      const counterpart = next.paths[path]?.[method];
      if (!counterpart) {
        problems.push(`${operation} was removed or renamed`);
        continue;
      }
      problems.push(
        ...operationBreaks(item[method]!, counterpart, previous, next).map(
          (p) => `${operation}: ${p}`,
        ),
      );
    }
  }
  return problems;
}

/** What to tell whoever made a breaking change. */
export const COMPATIBILITY_ADVICE =
  'Existing clients break on this. Keep the published operation as it is and add instead: a new optional field, ' +
  'a new operation, or a new version of the route (e.g. /api/v2/…) next to the old one. ' +
  'Compatible changes are recorded with `npm run openapi:snapshot`.';
