import { EVENT_CONSUMERS, type EventConsumers } from './messaging/handler.js';
import { type DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessGuard } from './auth/access.guard.js';
import { TokenRevocation } from './auth/revocation.js';
import { SignInThrottle } from './auth/sign-in-throttle.js';
import { TokenService } from './auth/tokens.js';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import { APP_CONFIG, LOGGER } from './config/tokens.js';
import { Clock, SystemClock } from './domain/clock.js';
import { ShopCurrency } from './domain/shop-currency.js';
import { HealthController } from './http/health.controller.js';
import { IdempotencyKeyPurge } from './http/idempotency/idempotency-purge.js';
import { MessagingController } from './messaging/messaging.controller.js';
import { PipelineBacklog } from './messaging/backpressure/pipeline-backlog.js';
import { MessagingRuntime } from './messaging/messaging.runtime.js';
import {
  OBSERVABILITY_CONTROLLERS,
  observabilityProviders,
} from './observability/observability.providers.js';
import { ShopMetrics } from './observability/metrics.js';
import { DatabaseServer } from './persistence/database-server.js';

export interface PlatformOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** Replaces the system clock (tests). */
  readonly clock?: Clock;
  /** Which contexts of the shop consume each event, hosted here or not (the composition root knows). */
  readonly eventConsumers?: EventConsumers;
  /** The context modules by name, for the system's shape (metrics, modules report, console). */
  readonly contextModules?: Readonly<Record<string, Type>>;
}

/** What every context stands on: configuration, logging, clock, database server, buses, health. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot(), DiscoveryModule],
      controllers: [HealthController, MessagingController, ...OBSERVABILITY_CONTROLLERS],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: LOGGER, useValue: options.logger },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: EVENT_CONSUMERS, useValue: options.eventConsumers ?? new Map() },
        { provide: ShopCurrency, useValue: new ShopCurrency(options.config.CURRENCY) },
        {
          provide: DatabaseServer,
          inject: [APP_CONFIG, LOGGER],
          useFactory: (config: AppConfig, log: Logger) => DatabaseServer.open(config, log),
        },
        MessagingRuntime,
        PipelineBacklog,
        IdempotencyKeyPurge,
        ...observabilityProviders(options.contextModules ?? {}),
        {
          provide: TokenService,
          inject: [APP_CONFIG, LOGGER],
          useFactory: (config: AppConfig, log: Logger) => {
            if (!config.AUTH_JWT_SECRET) {
              log.warn(
                'AUTH_JWT_SECRET is not set: tokens are signed with a key made for this run only',
              );
            }
            return new TokenService({
              secret: config.AUTH_JWT_SECRET ?? TokenService.randomSecret(),
              issuer: config.AUTH_ISSUER,
              audience: config.AUTH_AUDIENCE,
              ttlSeconds: config.AUTH_TOKEN_TTL_SECONDS,
            });
          },
        },
        {
          provide: TokenRevocation,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new TokenRevocation(config.AUTH_REVOCATION_CACHE_MS),
        },
        {
          provide: SignInThrottle,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            new SignInThrottle(
              config.AUTH_SIGN_IN_FREE_FAILURES,
              config.AUTH_SIGN_IN_MAX_DELAY_SECONDS,
            ),
        },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [
        APP_CONFIG,
        LOGGER,
        Clock,
        ShopCurrency,
        DatabaseServer,
        MessagingRuntime,
        PipelineBacklog,
        TokenService,
        TokenRevocation,
        SignInThrottle,
        ShopMetrics,
        CqrsModule,
      ],
    };
  }
}
