import { startTestApp, type TestApp } from '../../support/app.js';
import { http } from '../../support/http.js';

/**
 * OWASP API7:2023 Server Side Request Forgery applies where an API fetches a
 * URL its caller gives. This one never does: no operation takes a URL, and
 * payment goes through tokens to providers named by configuration. The test
 * keeps it so — a new URL-like input fails here and needs an allow-list.
 */
describe('API7 server side request forgery', () => {
  let shop: TestApp;

  beforeAll(async () => (shop = await startTestApp()));
  afterAll(() => shop?.close());

  const URL_LIKE = /ur[il]|link|href|webhook|callback|redirect|endpoint|host|image|avatar/i;

  function inputNames(document: any): string[] {
    const names: string[] = [];
    const walk = (schema: any, path: string, seen: Set<unknown>): void => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      seen.add(schema);
      if (schema.$ref) {
        const name = String(schema.$ref).split('/').pop()!;
        return walk(document.components?.schemas?.[name], path, seen);
      }
      if (schema.format === 'uri' || schema.format === 'url') names.push(`${path} (format uri)`);
      for (const [key, child] of Object.entries<any>(schema.properties ?? {})) {
        names.push(`${path}.${key}`);
        walk(child, `${path}.${key}`, seen);
      }
      walk(schema.items, `${path}[]`, seen);
    };
    for (const [route, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        const where = `${method.toUpperCase()} ${route}`;
        for (const parameter of operation.parameters ?? [])
          names.push(`${where} ${parameter.name}`);
        const body = operation.requestBody?.content?.['application/json']?.schema;
        walk(body, `${where} body`, new Set());
      }
    }
    return names;
  }

  it('has no request input that names a URL, a host or a callback', async () => {
    const document = (await http(shop.app).get('/openapi.json')).body;
    const names = inputNames(document);
    expect(names.length).toBeGreaterThan(20); // the walk does see the inputs
    expect(names.filter((name) => URL_LIKE.test(name.split(' ').pop()!))).toEqual([]);
  });

  it('catches a URL input (the check can fail)', () => {
    const document = {
      paths: {
        '/api/avatars': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: { properties: { imageUrl: { type: 'string', format: 'uri' } } },
                },
              },
            },
          },
        },
      },
    };
    expect(
      inputNames(document).filter((name) => URL_LIKE.test(name.split(' ').pop()!)),
    ).not.toEqual([]);
  });
});
