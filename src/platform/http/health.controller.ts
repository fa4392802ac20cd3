import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import type { ContextDatabase } from '../persistence/context-database.js';
import { DatabaseServer } from '../persistence/database-server.js';

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly server: DatabaseServer,
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
   * HEALTH_TIMEOUT_MS and is fully migrated. A stalled database makes it
   * answer "unavailable" on time rather than hang with it.
   */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks = await Promise.all(this.server.databases.map((db) => this.check(db)));
    checks.sort((a, b) => a.name.localeCompare(b.name));
    const ready = checks.every((check) => check.ok);
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'unavailable', checks };
  }

  private async check(db: ContextDatabase): Promise<Check> {
    const name = `database:${db.context}`;
    const timeoutMs = this.config.HEALTH_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const pending = await Promise.race([db.pendingMigrations(), late]);
      return pending.length === 0
        ? { name, ok: true }
        : { name, ok: false, detail: `${pending.length} pending migration(s)` };
    } catch (error) {
      return { name, ok: false, detail: (error as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
