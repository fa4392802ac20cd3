import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../platform/config/config.js';
import type { Clock } from '../platform/domain/clock.js';
import { setupOpenApi } from '../platform/http/openapi.js';
import { ProblemFilter } from '../platform/http/problem.filter.js';
import { MessageContext } from '../platform/messaging/message-context.js';
import { createValidationPipe } from '../platform/http/validation.js';
import { PinoNestLogger } from '../platform/observability/logger.js';
import { PlatformModule } from '../platform/platform.module.js';
import { CONTEXT_MODULES, selectContexts } from './contexts.js';
import { routeToRemoteContexts } from '../platform/topology/gateway.js';
import { remoteRoutes, resolveTopology, type Topology, topologyModule } from './topology.js';
import { DatabaseServer } from '../platform/persistence/database-server.js';

export interface CreateAppOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly clock?: Clock;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

@Module({})
class AppModule {
  static compose(options: CreateAppOptions, topology: Topology): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(options),
        topologyModule(topology, CONTEXT_MODULES),
        ...topology.hosted.map((name) => CONTEXT_MODULES[name]!),
      ],
    };
  }
}

/**
 * Builds the shop: the platform plus the contexts CONTEXTS selects, on
 * Fastify, with the HTTP conventions every route follows. Not yet listening.
 */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const hosted = selectContexts(options.config.CONTEXTS);
  const topology = resolveTopology(options.config, hosted, CONTEXT_MODULES);
  DatabaseServer.assertConfigured(options.config, hosted);
  const adapter = new FastifyAdapter({
    loggerInstance: options.logger,
    requestIdHeader: false,
    // A caller's request id is kept when it is sane, otherwise one is made.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.compose(options, topology),
    adapter,
    { logger: new PinoNestLogger(options.logger), bufferLogs: false, abortOnError: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // The API speaks JSON only: any other body is refused with 415 before a handler runs.
  fastify.removeContentTypeParser(['text/plain']);
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // Events caused by a request carry its id as correlation and causation.
  fastify.addHook('preHandler', (request, _reply, done) => {
    MessageContext.run({ correlationId: request.id, causationId: request.id }, done);
  });
  // The routes of contexts hosted elsewhere answer here too: one base URL in every topology.
  await routeToRemoteContexts(
    fastify,
    remoteRoutes(topology, CONTEXT_MODULES),
    options.config.GATEWAY_TIMEOUT_MS,
  );
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  setupOpenApi(app, '0.1.0');
  await app.init();
  return app;
}
