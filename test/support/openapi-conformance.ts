import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  setShouldValidateFormat,
  setShouldValidateSchema,
  validate,
} from '@hyperjump/json-schema/openapi-3-1';
import '@hyperjump/json-schema/formats';
import { BASIC, buildSchemaDocument } from '@hyperjump/json-schema/experimental';
import { addMediaTypePlugin } from '@hyperjump/browser';

/** One request and its answer, as a test received it. */
export interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: unknown;
}

type Validator = Awaited<ReturnType<typeof validate>>;
type Responses = Record<string, { content?: Record<string, unknown>; headers?: object }>;
interface Document {
  paths: Record<string, Record<string, unknown>>;
  components?: { headers?: Record<string, { required?: boolean }> };
}

setShouldValidateFormat(true);
// The document itself is checked once, by the linter (openapi-contract.e2e-spec.ts); checking it
// again for every schema compiled here made each one about five times slower.
setShouldValidateSchema(false);
// Jest runs tests in a realm of their own; the stock plugin parses with the host realm's JSON,
// whose objects the validator would not recognise as plain JSON objects.
addMediaTypePlugin('application/openapi+json', {
  parse: async (response) =>
    buildSchemaDocument(
      JSON.parse(await response.text()) as never,
      response.url,
      'https://spec.openapis.org/oas/3.1/schema-base',
    ),
  fileMatcher: (path) => Promise.resolve(path.endsWith('.openapi.json')),
});

const pointer = (...segments: string[]) =>
  '#/' +
  segments.map((s) => encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');

/**
 * Checks exchanges against the OpenAPI 3.1 document the app serves: the
 * operation exists, the status is declared (only a 5xx may fall to `default`),
 * the content type is declared, the body matches its schema (JSON Schema
 * 2020-12 with the OpenAPI dialect, formats asserted, by @hyperjump/json-schema)
 * and every declared header is present and valid.
 */
export class OpenApiConformance {
  private readonly validators = new Map<string, Promise<Validator>>();
  private readonly templates: { template: string; pattern: RegExp; params: number }[];

  private constructor(
    private readonly document: Document,
    private readonly uri: string,
  ) {
    this.templates = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        params: (template.match(/\{/g) ?? []).length,
      }))
      .sort((a, b) => a.params - b.params);
  }

  /**
   * Keeps the document in a file (`*.openapi.json`, the name the media type
   * plugin above matches): the validator reads documents by URI. The
   * file is named by its content, so every run and jest worker shares one per
   * distinct document instead of leaving a folder per suite behind; it is
   * written under a name of its own and renamed, so a reader never sees half.
   */
  static of(document: object): OpenApiConformance {
    const text = JSON.stringify(document);
    const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const file = join(tmpdir(), `emporium-${digest}.openapi.json`);
    if (!existsSync(file)) {
      writeFileSync(`${file}.${process.pid}`, text);
      renameSync(`${file}.${process.pid}`, file);
    }
    return new OpenApiConformance(document as Document, pathToFileURL(file).href);
  }

  /** What in the exchange differs from the document; empty when it conforms. */
  async problems(exchange: Exchange): Promise<string[]> {
    const path = exchange.url.split('?')[0]!;
    const method = exchange.method.toLowerCase();
    const template = this.templates.find(
      (t) => t.pattern.test(path) && this.document.paths[t.template]![method],
    )?.template;
    if (!template) return this.undocumented(exchange, path);
    const responses = (this.document.paths[template]![method] as { responses: Responses })
      .responses;
    const key =
      String(exchange.status) in responses
        ? String(exchange.status)
        : exchange.status >= 500 && responses.default
          ? 'default'
          : undefined;
    const where = `${exchange.method} ${template} answered ${exchange.status}`;
    if (!key)
      return [
        `${where}, a status the document does not declare (it declares ${Object.keys(responses).join(', ')})`,
      ];
    const response = responses[key]!;
    const problems: string[] = [];
    const contentType = String(exchange.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    const base = ['paths', template, method, 'responses', key];
    if (response.content) {
      if (!(contentType in response.content))
        problems.push(
          `${where} with content type "${contentType}"; declared: ${Object.keys(response.content).join(', ')}`,
        );
      else
        problems.push(
          ...(
            await this.check(pointer(...base, 'content', contentType, 'schema'), exchange.body)
          ).map((p) => `${where}: body ${p}`),
        );
    } else if (exchange.body !== '' && exchange.body !== undefined) {
      problems.push(`${where} with a body where the document declares none`);
    }
    for (const [name, declared] of Object.entries(response.headers ?? {})) {
      const ref = (declared as { $ref?: string }).$ref;
      const header = ref
        ? this.document.components!.headers![ref.split('/').pop()!]!
        : (declared as { required?: boolean });
      const value = exchange.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required) problems.push(`${where} without its required header ${name}`);
        continue;
      }
      const schema = ref
        ? pointer('components', 'headers', ref.split('/').pop()!, 'schema')
        : pointer(...base, 'headers', name, 'schema');
      problems.push(
        ...(await this.check(schema, String(value))).map((p) => `${where}: header ${name} ${p}`),
      );
    }
    return problems;
  }

  private undocumented(exchange: Exchange, path: string): string[] {
    const unknownRoute =
      exchange.status === 404 && (exchange.body as { code?: string })?.code === 'HTTP.NOT_FOUND';
    return path.startsWith('/api/') && !unknownRoute
      ? [
          `${exchange.method} ${path} answered ${exchange.status}, but the document has no such operation`,
        ]
      : [];
  }

  private async check(location: string, value: unknown): Promise<string[]> {
    let validator = this.validators.get(location);
    if (!validator) {
      validator = validate(`${this.uri}${location}`);
      this.validators.set(location, validator);
    }
    const output = (await validator)(JSON.parse(JSON.stringify(value ?? null)) as never, BASIC);
    if (output.valid) return [];
    return (output.errors ?? []).map(
      (error) =>
        `at ${error.instanceLocation} fails ${error.absoluteKeywordLocation.slice(this.uri.length)}`,
    );
  }
}
