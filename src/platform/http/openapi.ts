import { applyDecorators, type INestApplication } from '@nestjs/common';
import { ApiResponse, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem.filter.js';

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', example: 'CATALOG.PRODUCT_NOT_FOUND' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each failing field.',
  401: 'Authentication is required.',
  403: 'The caller may not do this.',
  404: 'Not found.',
  409: 'Conflicts with the current state; `code` names the rule.',
  422: 'Well-formed but breaks a business rule; `code` names it.',
  429: 'Too many requests from this caller; `Retry-After` says when to retry.',
};

/** Documents the problem+json answers a route can give. */
export const ProblemResponses = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA } },
      }),
    ),
  );

/** Serves the OpenAPI 3.1 document at /openapi.json and Swagger UI at /docs. */
export function setupOpenApi(app: INestApplication, version: string): void {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Emporium API')
    .setDescription(
      'Backend of an online shop. Errors are RFC 9457 problem details with a stable `code`; lists are cursor-paginated.',
    )
    .setVersion(version)
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
}
