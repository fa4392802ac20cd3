import 'reflect-metadata';
import { Module, NotFoundException, type DynamicModule, type Provider } from '@nestjs/common';
import { eventConsumersOf } from '../platform/messaging/handler.js';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../platform/config/config.js';
import { Clock } from '../platform/domain/clock.js';
import { configurePasswordHashing } from '../platform/auth/passwords.js';
import { TokenService } from '../platform/auth/tokens.js';
import { answerClientError, answerRouterError } from '../platform/http/edge-errors.js';
import { setupOpenApi } from '../platform/http/openapi.js';
import { installRateLimits } from '../platform/http/rate-limits.js';
import { refuseUnsafeInput } from '../platform/http/safe-input.js';
import { ProblemFilter } from '../platform/http/problem.filter.js';
import { MessageContext } from '../platform/messaging/message-context.js';
import { createValidationPipe } from '../platform/http/validation.js';
import { PinoNestLogger } from '../platform/observability/logger.js';
import { serveConsole } from '../platform/observability/console/serve-console.js';
import { observeHttp } from '../platform/observability/http-observation.js';
import { ShopMetrics } from '../platform/observability/metrics.js';
import { PlatformModule } from '../platform/platform.module.js';
import { CONTEXT_MODULES, selectContexts } from './contexts.js';
import { routeToRemoteContexts } from '../platform/topology/gateway.js';
import { remoteRoutes, resolveTopology, type Topology, topologyModule } from './topology.js';
import { DatabaseServer } from '../platform/persistence/database-server.js';
import { openApiOfShop } from '../platform/topology/merged-documents.js';
import { SHOP_PROCESSES, type ShopProcesses } from '../platform/topology/shop-processes.js';

export interface CreateAppOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly clock?: Clock;
  /**
   * Public queries (ports from a context's contracts, such as `ShippingQuotes`) that a
   * hosted context needs from a context this process does not host. They are visible
   * to every module, as a hosted context's own implementation would be.
   */
  readonly publicQueries?: readonly Provider[];
  /**
   * The caller feeds what the events of contexts neither hosted nor reachable over
   * NATS would bring (a test of a context alone): their absence is then not refused.
   */
  readonly standInProducers?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

@Module({})
class AppModule {
  static compose(options: CreateAppOptions, topology: Topology): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          ...options,
          eventConsumers: eventConsumersOf(CONTEXT_MODULES),
          contextModules: CONTEXT_MODULES,
        }),
        topologyModule(topology, CONTEXT_MODULES, {
          queries: new Set(
            (options.publicQueries ?? []).map(
              (provider) => (provider as { provide?: unknown }).provide,
            ),
          ),
          producers: options.standInProducers,
        }),
        ...topology.hosted.map((name) => CONTEXT_MODULES[name]!),
        ...(options.publicQueries ? [PublicQueriesModule.of(options.publicQueries)] : []),
      ],
    };
  }
}

@Module({})
class PublicQueriesModule {
  static of(providers: readonly Provider[]): DynamicModule {
    const tokens = providers.map((provider) =>
      typeof provider === 'function' ? provider : provider.provide,
    );
    return {
      module: PublicQueriesModule,
      global: true,
      providers: [...providers],
      exports: tokens,
    };
  }
}

/**
 * Builds the shop: the platform plus the contexts CONTEXTS selects, on
 * Fastify, with the HTTP conventions every route follows. Not yet listening.
 */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const hosted = selectContexts(config.CONTEXTS);
  const topology = resolveTopology(config, hosted, CONTEXT_MODULES);
  DatabaseServer.assertConfigured(config, hosted);
  configurePasswordHashing({
    concurrency: config.AUTH_HASH_CONCURRENCY,
    queue: config.AUTH_HASH_QUEUE,
  });
  const adapter = new FastifyAdapter({
    loggerInstance: options.logger,
    requestIdHeader: false,
    // A caller's request id is kept when it is sane, otherwise one is made.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    trustProxy: config.HTTP_TRUST_PROXY,
    // A client that sends its request slowly holds a connection: it gets a 408 and is cut off.
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(60_000, config.HTTP_REQUEST_TIMEOUT_MS),
      connectionsCheckingInterval: 1000,
    },
    // Errors raised before any hook or handler: problem details too.
    frameworkErrors: answerRouterError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.compose(options, topology),
    adapter,
    { logger: new PinoNestLogger(options.logger), bufferLogs: false, abortOnError: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  app.useSecurityHeaders();
  // Closed to browsers on other origins unless configured (bearer tokens, no cookies: no credentials).
  if (config.HTTP_CORS_ORIGINS) {
    app.enableCors({
      origin: config.HTTP_CORS_ORIGINS,
      allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'idempotency-key'],
      exposedHeaders: ['location', 'retry-after', 'x-request-id'],
      maxAge: 600,
    });
  }
  const tokens = app.get(TokenService);
  const clock = app.get(Clock);
  await installRateLimits(fastify, {
    perMinute: {
      'sign-in': config.RATE_LIMIT_SIGN_IN,
      registration: config.RATE_LIMIT_REGISTRATION,
      orders: config.RATE_LIMIT_ORDERS,
    },
    perCaller: ['orders'],
    callerOf: async (request) => {
      const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!token) return undefined;
      return tokens.verify(token, clock.now()).then(
        (verified) => verified.principal.id,
        () => undefined,
      );
    },
  });
  fastify.addHook('preValidation', refuseUnsafeInput);
  observeHttp(fastify, app.get(ShopMetrics), CONTEXT_MODULES);
  await serveConsole(app);
  // The API speaks JSON only: any other body is refused with 415 before a handler runs.
  fastify.removeContentTypeParser(['text/plain']);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
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
  const processes = app.get<ShopProcesses>(SHOP_PROCESSES);
  // One document for one base URL: the routes the other processes answer are listed too.
  if (config.HTTP_API_DOCS)
    setupOpenApi(app, '0.1.0', processes.remote.length > 0 ? openApiOfShop(processes) : undefined);
  else {
    // The event document is served by the messaging controller; hidden with the others.
    fastify.addHook('onRequest', (request, _reply, done) =>
      done(request.url.split('?')[0] === '/asyncapi.json' ? new NotFoundException() : undefined),
    );
  }
  await app.init();
  return app;
}
