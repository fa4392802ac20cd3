import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.js';
import { DatabaseServer } from '../persistence/database-server.js';

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(private readonly server: DatabaseServer) {}

  /** The process is up; says nothing about its dependencies. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Ready to serve: every hosted context's database answers and is fully
   * migrated. Public, so it names no host, port or error: the log does.
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
    checks.sort((a, b) => a.name.localeCompare(b.name));
    const ready = checks.every((check) => check.ok);
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'unavailable', checks };
  }
}
