import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../../auth/principal.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { Clock } from '../../domain/clock.js';
import type { ContextDatabase } from '../../persistence/context-database.js';
import { BadRequestProblem } from '../problem.js';
import { claimKey, type KeyedRequest, storeAnswer } from './idempotency-keys.js';
import { requestFingerprint } from './request-fingerprint.js';

export const IDEMPOTENT_IN = 'emporium:idempotent-in';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs a request that carries an `Idempotency-Key` in one transaction of the
 * context that hosts its effect (ADR 0020): the key is claimed first, the
 * route runs with its reads and writes in that transaction, and its answer is
 * stored before the commit. A retry with the same key and request gets the
 * first answer (`idempotent-replayed: true`) and causes nothing; concurrent
 * retries queue on the key. A request without the header passes straight through.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly modules: ModuleRef,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { principal?: Principal }>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined) return next.handle();
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw new BadRequestProblem(
        'IDEMPOTENCY.KEY_INVALID',
        'Idempotency-Key must be one value of 1-255 visible ASCII characters (a UUID is a good key).',
        [{ field: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' }],
      );
    }
    const reply = http.getResponse<FastifyReply>();
    const keyed: KeyedRequest = {
      // Keys belong to a caller and a route: another caller's key is another key.
      scope: `${request.principal?.id ?? 'anonymous'} ${request.method} ${request.routeOptions.url}`,
      key: header,
      fingerprint: requestFingerprint(request.method, request.url, request.body),
    };
    const db = this.hostOf(context);
    return from(
      db.unitOfWork(
        async () => {
          const now = this.clock.now();
          const expiresAt = new Date(now.getTime() + this.config.IDEMPOTENCY_KEY_TTL_HOURS * 3.6e6);
          const stored = await claimKey(db.em, keyed, now, expiresAt);
          if (stored) {
            void reply.header('idempotent-replayed', 'true');
            if (stored.location) void reply.header('location', stored.location);
            return stored.answer ?? undefined;
          }
          // Called here, inside the unit of work: Nest binds the route to the async context of this call.
          const answer: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
          const location = reply.getHeader('location');
          await storeAnswer(db.em, keyed, {
            answer,
            location: typeof location === 'string' ? location : null,
          });
          return answer;
        },
        { readsInTransaction: true },
      ),
    );
  }

  private hostOf(context: ExecutionContext): ContextDatabase {
    const type = this.reflector.get<Type<ContextDatabase>>(IDEMPOTENT_IN, context.getHandler());
    return this.modules.get(type, { strict: false });
  }
}
