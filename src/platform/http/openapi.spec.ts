import type { OpenAPIObject } from '@nestjs/swagger';
import { completeDocument } from './openapi.js';

const documentWith = (operation: object): OpenAPIObject => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/things/{id}': { post: { responses: { '200': { description: 'ok' } }, ...operation } },
  },
});

const operationOf = (document: OpenAPIObject): any => document.paths['/api/things/{id}']!.post;

describe('completeDocument', () => {
  it('groups an operation’s problems by status with their codes, and adds those of its kind', () => {
    const operation = operationOf(
      completeDocument(
        documentWith({
          'x-problem-codes': ['CATALOG.PRODUCT_NOT_FOUND', 'ORDERING.ORDER_NOT_FOUND'],
          'x-admin-only': true,
          security: [{ bearer: [] }],
          requestBody: { content: {} },
        }),
      ),
    );
    expect(Object.keys(operation.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '413',
      '415',
      'default',
    ]);
    const notFound = operation.responses['404'].content['application/problem+json'].schema;
    expect(notFound.properties.code.enum).toEqual([
      'CATALOG.PRODUCT_NOT_FOUND',
      'ORDERING.ORDER_NOT_FOUND',
    ]);
    expect(notFound.properties).toMatchObject({ sku: { type: 'string' } });
    expect(operation.responses['400'].content['application/problem+json'].schema.allOf).toEqual([
      { $ref: '#/components/schemas/ValidationProblem' },
    ]);
    expect(Object.keys(operation.responses['401'].headers)).toEqual([
      'x-request-id',
      'WWW-Authenticate',
    ]);
    expect(operation.responses['200'].headers).toEqual({
      'x-request-id': { $ref: '#/components/headers/RequestId' },
    });
    expect(operation['x-problem-codes']).toBeUndefined();
  });

  it('marks an operation without security as public under the bearer default', () => {
    const document = completeDocument(documentWith({}));
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(operationOf(document).security).toEqual([]);
    expect(Object.keys(operationOf(document).responses)).toEqual(['200', 'default']);
  });

  it('refuses a code the problem catalog does not know', () => {
    expect(() =>
      completeDocument(documentWith({ 'x-problem-codes': ['CATALOG.NO_SUCH'] })),
    ).toThrow('CATALOG.NO_SUCH is not in the problem catalog');
  });
});
