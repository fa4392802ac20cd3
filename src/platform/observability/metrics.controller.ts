import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.js';
import { AdminRoleRequired, Unauthenticated } from '../auth/auth.errors.js';
import { TokenRevocation } from '../auth/revocation.js';
import { TokenService } from '../auth/tokens.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { Clock } from '../domain/clock.js';
import { ShopMetrics } from './metrics.js';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * `GET /metrics` in Prometheus' text format, on the main port, for Prometheus
 * with the static `METRICS_TOKEN` or for an administrator (ADR 0021). The
 * route is public to the access guard because a scraper has no user token;
 * it checks its own credentials here.
 */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: ShopMetrics,
    private readonly tokens: TokenService,
    private readonly revocation: TokenRevocation,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('metrics')
  @ApiExcludeEndpoint()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    await this.authorize(authorization);
    const { contentType, body } = await this.metrics.exposition();
    void reply.header('content-type', contentType);
    return body;
  }

  private async authorize(authorization: string | undefined): Promise<void> {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) throw new Unauthenticated();
    if (this.config.METRICS_TOKEN && sameSecret(token, this.config.METRICS_TOKEN)) return;
    const now = this.clock.now();
    const verified = await this.tokens.verify(token, now).catch(() => undefined);
    if (!verified) throw new Unauthenticated();
    const { principal, version } = verified;
    // A revoked administrator token scrapes nothing (ADR 0017), as on every guarded route.
    if (!(await this.revocation.honours(principal.id, version, now.getTime())))
      throw new Unauthenticated();
    if (principal.role !== 'admin') throw new AdminRoleRequired();
  }
}
