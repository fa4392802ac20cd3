import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Clock } from '../domain/clock.js';
import { ACCESS, type Access } from './access.js';
import { AdminRoleRequired, Unauthenticated } from './auth.errors.js';
import type { Principal } from './principal.js';
import { TokenRevocation } from './revocation.js';
import { TokenService, type VerifiedToken } from './tokens.js';

/**
 * The one guard of the API, applied to every route. A route without an access
 * mark requires authentication: nothing is public by accident.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly revocation: TokenRevocation,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access =
      this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'authenticated';
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
    if (!match) throw new Unauthenticated();
    const now = this.clock.now();
    let verified: VerifiedToken;
    try {
      verified = await this.tokens.verify(match[1]!, now);
    } catch (error) {
      request.log.info({ reason: (error as Error).message }, 'bearer token refused');
      throw new Unauthenticated();
    }
    const { principal, version } = verified;
    if (!(await this.revocation.honours(principal.id, version, now.getTime()))) {
      request.log.info({ subject: principal.id }, 'bearer token revoked or its account gone');
      throw new Unauthenticated();
    }
    if (access === 'admin' && principal.role !== 'admin') throw new AdminRoleRequired();
    request.principal = principal;
    return true;
  }
}
