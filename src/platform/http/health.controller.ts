import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.js';
import { MessagingRuntime } from '../messaging/messaging.runtime.js';
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
  ) {}

  /** The process is up; says nothing about its dependencies. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Ready to serve: every hosted context's database answers and is fully
   * migrated. Public, so it names no host, port or error: the log does. A
   * broker that is down leaves it ready but `degraded`: orders are still
   * taken, and their events wait in the outboxes.
   */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks = await Promise.all(
      this.server.databases.map(async (db): Promise<Check> => {
        try {
          const pending = await db.pendingMigrations();
          return pending.length === 0
            ? { name: `database:${db.context}`, ok: true }
            : {
                name: `database:${db.context}`,
                ok: false,
                detail: `${pending.length} pending migration(s)`,
              };
        } catch (error) {
          reply.log.warn({ err: error, context: db.context }, 'readiness check failed');
          return { name: `database:${db.context}`, ok: false, detail: 'unreachable' };
        }
      }),
    );
    const broker = this.messaging.brokerState();
    if (broker) {
      checks.push({
        name: 'broker',
        ok: broker.status === 'connected',
        detail: `${broker.status} since ${broker.since}${broker.lastError ? `; last error: ${broker.lastError}` : ''}`,
        degradesOnly: true,
      });
    }
    checks.sort((a, b) => a.name.localeCompare(b.name));
    const ready = checks.every((check) => check.ok || check.degradesOnly);
    const degraded = checks.some((check) => !check.ok);
    void reply.status(ready ? 200 : 503);
    return { status: ready ? (degraded ? 'degraded' : 'ready') : 'unavailable', checks };
  }
}
