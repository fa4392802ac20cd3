import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { MessagingRuntime } from '../messaging/messaging.runtime.js';
import type { ContextDatabase } from '../persistence/context-database.js';
import { DatabaseServer } from '../persistence/database-server.js';

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
  /** A failing check that does not stop the process from serving (the broker: the outboxes hold the events). */
  readonly degradesOnly?: boolean;
}

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly server: DatabaseServer,
    private readonly messaging: MessagingRuntime,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The process is up; says nothing about its dependencies. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Ready to serve: every hosted context's database answers within
   * HEALTH_TIMEOUT_MS and is fully migrated; a stalled database makes it
   * answer "unavailable" on time rather than hang with it. Public, so it names
   * no host, port or error: the log does. A broker that is down leaves it
   * ready but `degraded`: orders are still taken, and their events wait in the
   * outboxes.
   */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks = await Promise.all(this.server.databases.map((db) => this.check(db, reply)));
    const broker = this.messaging.brokerState();
    if (broker) {
      checks.push({
        name: 'broker',
        ok: broker.status === 'connected',
        detail: `${broker.status} since ${broker.since}`,
        degradesOnly: true,
      });
    }
    checks.sort((a, b) => a.name.localeCompare(b.name));
    const ready = checks.every((check) => check.ok || check.degradesOnly);
    const degraded = checks.some((check) => !check.ok);
    void reply.status(ready ? 200 : 503);
    return { status: ready ? (degraded ? 'degraded' : 'ready') : 'unavailable', checks };
  }

  private async check(db: ContextDatabase, reply: FastifyReply): Promise<Check> {
    const name = `database:${db.context}`;
    const timeoutMs = this.config.HEALTH_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new NoAnswerInTime(timeoutMs)), timeoutMs);
    });
    try {
      const pending = await Promise.race([db.pendingMigrations(), late]);
      return pending.length === 0
        ? { name, ok: true }
        : { name, ok: false, detail: `${pending.length} pending migration(s)` };
    } catch (error) {
      reply.log.warn({ err: error, context: db.context }, 'readiness check failed');
      return {
        name,
        ok: false,
        detail: error instanceof NoAnswerInTime ? error.message : 'unreachable',
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

class NoAnswerInTime extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}
