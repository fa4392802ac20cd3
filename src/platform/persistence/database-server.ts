import type { OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { type AppConfig, ConfigError, parseContextDatabaseUrl } from '../config/config.js';
import { awaitDatabase } from './await-database.js';
import type { ContextDatabase } from './context-database.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { contextRole, contextRolePassword, provisionContext } from './provisioning.js';

/**
 * The PostgreSQL server the process uses: the one named by DATABASE_URL, or an
 * embedded one. Knows how each context connects (its own role, its own schema)
 * and provisions them.
 */
export class DatabaseServer implements OnApplicationShutdown {
  private readonly opened: ContextDatabase[] = [];

  private constructor(
    private readonly config: AppConfig,
    private readonly adminUrl: string | undefined,
    private readonly roleSecret: string | undefined,
    private readonly log: Logger,
    private readonly stopServer: () => Promise<void>,
  ) {}

  static async open(config: AppConfig, log: Logger): Promise<DatabaseServer> {
    if (config.DATABASE_URL) {
      await awaitDatabase(config.DATABASE_URL, config.DATABASE_START_WAIT_MS, log);
      return new DatabaseServer(
        config,
        config.DATABASE_URL,
        config.DATABASE_ROLE_SECRET,
        log,
        async () => {},
      );
    }
    const cluster = await startEmbeddedPostgres(
      config.EMBEDDED_DB_DIR,
      config.EMBEDDED_DB_PORT,
      log,
    );
    return new DatabaseServer(config, cluster.adminUrl, cluster.roleSecret, log, () =>
      cluster.stop(),
    );
  }

  /** Fails before anything starts when a hosted context would have no way to connect. */
  static assertConfigured(config: AppConfig, contexts: readonly string[]): void {
    for (const context of contexts) {
      const explicit = config.contextDatabaseUrls[context];
      if (explicit) parseContextDatabaseUrl(context, explicit);
      else if (config.DATABASE_URL && !config.DATABASE_ROLE_SECRET) throw missingSecret(context);
    }
  }

  /**
   * Makes the context's schema and role exist (unless provisioning is off or
   * the context has its own URL) and returns the URL the context connects with.
   */
  async prepareContext(context: string): Promise<string> {
    const explicit = this.config.contextDatabaseUrls[context];
    if (explicit) {
      const url = parseContextDatabaseUrl(context, explicit);
      await awaitDatabase(url, this.config.DATABASE_START_WAIT_MS, this.log);
      return url;
    }
    if (!this.adminUrl) throw new Error('no database server configured');
    if (!this.roleSecret) throw missingSecret(context);
    const password = contextRolePassword(this.roleSecret, context);
    if (this.config.DATABASE_PROVISION) {
      await provisionContext(this.adminUrl, context, password);
      this.log.debug({ context }, 'context schema and role provisioned');
    }
    const url = new URL(this.adminUrl);
    url.username = contextRole(context);
    url.password = password;
    return url.toString();
  }

  /** The context databases opened on this server, for health checks and shutdown. */
  get databases(): readonly ContextDatabase[] {
    return this.opened;
  }

  attach(database: ContextDatabase): void {
    this.opened.push(database);
  }

  /** Closes every context's pool, then stops the embedded server if there is one. */
  async stop(): Promise<void> {
    await Promise.allSettled(this.opened.splice(0).map((db) => db.close()));
    await this.stopServer();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}

const missingSecret = (context: string) =>
  new ConfigError(
    'DATABASE_ROLE_SECRET',
    `at least 16 characters when DATABASE_URL is set and ${context.toUpperCase()}_DATABASE_URL is not`,
    undefined,
  );
