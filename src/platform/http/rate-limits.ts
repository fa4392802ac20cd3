import rateLimit from '@fastify/rate-limit';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RetryLater } from './problem.js';

/** The limited operations; each has its own per-minute budget in configuration (ADR 0016). */
export type RateLimitPolicy = 'sign-in' | 'registration' | 'orders';

const POLICY = 'emporiumRateLimit';

/**
 * Limits how often one caller may call this route: per client address, or
 * per signed-in caller when `perCaller` resolves one.
 */
export const RateLimit = (policy: RateLimitPolicy) => RouteConfig({ [POLICY]: policy });

export interface RateLimitSettings {
  /** Requests a minute per policy; 0 means no limit. */
  readonly perMinute: Readonly<Record<RateLimitPolicy, number>>;
  /** Policies counted per signed-in caller rather than per client address. */
  readonly perCaller: readonly RateLimitPolicy[];
  /** The signed-in caller's id, or undefined (then the client address counts). */
  callerOf(request: FastifyRequest): Promise<string | undefined>;
}

/**
 * Installs @fastify/rate-limit for the routes marked with `@RateLimit()`.
 * Counters live in this process's memory (an LRU per route): with several
 * replicas each counts on its own (ADR 0016). Must run before the routes
 * are registered (before `app.init()`).
 */
export async function installRateLimits(
  fastify: FastifyInstance,
  settings: RateLimitSettings,
): Promise<void> {
  // Turns the mark into the plugin's route option; added first so the plugin's own onRoute sees it.
  fastify.addHook('onRoute', (route) => {
    const policy = (route.config as Record<string, unknown> | undefined)?.[POLICY] as
      RateLimitPolicy | undefined;
    if (!policy || settings.perMinute[policy] === 0) return;
    const perCaller = settings.perCaller.includes(policy);
    route.config = {
      ...route.config,
      rateLimit: {
        max: settings.perMinute[policy],
        timeWindow: 60_000,
        keyGenerator: perCaller
          ? async (request) => {
              const caller = await settings.callerOf(request);
              return caller ? `caller:${caller}` : `address:${request.ip}`;
            }
          : (request) => `address:${request.ip}`,
      },
    };
  });
  await fastify.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, limit) => {
      const seconds = Math.max(1, Math.ceil(limit.ttl / 1000));
      return new RetryLater(
        429,
        'REQUEST.RATE_LIMITED',
        `Too many requests: at most ${limit.max} a minute. Retry in ${seconds} s.`,
        seconds,
      );
    },
  });
}
