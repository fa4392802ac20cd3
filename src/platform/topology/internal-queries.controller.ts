import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/access.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import type { PublicQueryRegistration } from '../application/public-query.js';
import { queryPath } from './remote-query-client.js';
import { verifyQuery } from './query-signature.js';
import { schemaProblems } from '../application/json-schema.js';
import {
  PublicQueryArgumentInvalid,
  UnknownPublicQuery,
  UnsignedPublicQuery,
} from './remote-errors.js';

/** The public queries the contexts of this process serve (the composition root provides them). */
export const SERVED_PUBLIC_QUERIES = Symbol('SERVED_PUBLIC_QUERIES');

/**
 * Answers the public queries of the contexts hosted here to other processes
 * of the deployment, by the same in-process implementation local callers
 * get: the same rules, the same errors. Not part of the public API (hidden
 * from the OpenAPI document); every call must carry a fresh signature by the
 * deployment's key.
 */
@ApiExcludeController()
@Controller('internal/queries')
export class InternalQueriesController {
  constructor(
    @Inject(SERVED_PUBLIC_QUERIES) private readonly served: readonly PublicQueryRegistration[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly modules: ModuleRef,
  ) {}

  // Public to the user guard: the caller is a process, proven by its signature below.
  @Public()
  @Post(':query/:method')
  @HttpCode(200)
  answer(
    @Param('query') name: string,
    @Param('method') method: string,
    @Body() argument: unknown,
    @Req() request: FastifyRequest,
  ): Promise<unknown> {
    const key = this.config.AUTH_JWT_SECRET;
    const signature = request.headers['x-emporium-signature'];
    const body = JSON.stringify(argument ?? null);
    if (
      !key ||
      typeof signature !== 'string' ||
      !verifyQuery(key, signature, queryPath(name, method), body)
    ) {
      throw new UnsignedPublicQuery();
    }
    const query = this.served.find((served) => served.query.name === name);
    if (!query || !query.methods.includes(method)) throw new UnknownPublicQuery(name, method);
    // Signed by a process of this deployment, maybe of another version: checked all the same.
    const problems = schemaProblems(query.argumentSchemas[method]!, argument ?? null);
    if (problems !== undefined) throw new PublicQueryArgumentInvalid(name, method, problems);
    const implementation = this.modules.get<
      unknown,
      Record<string, (argument: unknown) => Promise<unknown>>
    >(query.query, { strict: false });
    return implementation[method]!(argument);
  }
}
