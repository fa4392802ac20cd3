import { type OpenApiDocument, restBreakingChanges } from './openapi-compatibility.js';

/** A small published contract: read a product, place an order. */
const published = (): OpenApiDocument =>
  JSON.parse(
    JSON.stringify({
      paths: {
        '/api/products/{sku}': {
          get: {
            parameters: [{ name: 'sku', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': {
                content: {
                  'application/json': { schema: { $ref: '#/components/schemas/Product' } },
                },
              },
            },
          },
        },
        '/api/orders': {
          post: {
            parameters: [
              { name: 'dryRun', in: 'query', required: false, schema: { type: 'boolean' } },
            ],
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['sku', 'quantity'],
                    properties: {
                      sku: { type: 'string', maxLength: 40 },
                      quantity: { type: 'integer', maximum: 100 },
                      method: { type: 'string', enum: ['card', 'paypal'] },
                    },
                  },
                },
              },
            },
            responses: {
              '201': { content: { 'application/json': { schema: { type: 'object' } } } },
            },
          },
        },
      },
      components: {
        schemas: {
          Product: {
            type: 'object',
            required: ['sku', 'price'],
            properties: {
              sku: { type: 'string' },
              price: { type: 'integer' },
              status: { type: 'string', enum: ['active', 'discontinued'] },
            },
          },
        },
      },
    }),
  ) as OpenApiDocument;

const changed = (edit: (document: any) => void) => {
  const next = published();
  edit(next);
  return restBreakingChanges(published(), next);
};
const order = (document: any) =>
  document.paths['/api/orders'].post.requestBody.content['application/json'].schema;
const product = (document: any) => document.components.schemas.Product;

describe('REST compatibility gate', () => {
  it('passes the unchanged contract and additions clients can ignore', () => {
    expect(changed(() => {})).toEqual([]);
    expect(
      changed((document) => {
        product(document).properties.weightGrams = { type: 'integer' };
        product(document).required.push('weightGrams');
        order(document).properties.note = { type: 'string' };
        order(document).properties.method.enum.push('invoice');
        order(document).properties.sku.maxLength = 64;
        document.paths['/api/orders'].post.parameters.push({ name: 'x', in: 'query', schema: {} });
        document.paths['/api/orders'].get = { responses: {} };
      }),
    ).toEqual([]);
  });

  it('fails on a response field removed, naming it', () => {
    expect(
      changed((document) => {
        delete product(document).properties.price;
        product(document).required = ['sku'];
      }),
    ).toEqual(['GET /api/products/{sku}: 200 response body.price was removed or renamed']);
  });

  it('fails on an operation removed and on a success status changed', () => {
    expect(
      changed((document) => {
        delete document.paths['/api/products/{sku}'];
        const post = document.paths['/api/orders'].post;
        post.responses = { '200': post.responses['201'] };
      }),
    ).toEqual([
      'GET /api/products/{sku} was removed or renamed',
      'POST /api/orders: success status changed from 201 to 200',
    ]);
  });

  it('fails on a new required request field or parameter and on a narrowed request', () => {
    expect(
      changed((document) => {
        order(document).properties.note = { type: 'string' };
        order(document).required.push('note');
        order(document).properties.quantity.maximum = 10;
        order(document).properties.method.enum = ['card'];
        document.paths['/api/orders'].post.parameters[0].required = true;
      }),
    ).toEqual([
      'POST /api/orders: query parameter dryRun is now required',
      'POST /api/orders: request body.method no longer allows "paypal" (enum narrowed)',
      'POST /api/orders: request body.note is a new required field',
      'POST /api/orders: request body.quantity narrowed maximum from 100 to 10',
    ]);
  });

  it('fails on a response type changed or a response enum narrowed', () => {
    expect(
      changed((document) => {
        product(document).properties.price = { type: 'number' };
        product(document).properties.status.enum = ['active'];
      }),
    ).toEqual([
      'GET /api/products/{sku}: 200 response body.price changed type from "integer" to "number"',
      'GET /api/products/{sku}: 200 response body.status no longer allows "discontinued" (enum narrowed)',
    ]);
  });
});
