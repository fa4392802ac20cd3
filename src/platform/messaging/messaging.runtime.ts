import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  Optional,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import { DomainError } from '../domain/domain-error.js';
import type { ContextDatabase } from '../persistence/context-database.js';
import { DatabaseServer } from '../persistence/database-server.js';
import { DeadLetters } from './dead-letters.js';
import type { Page } from '../application/page.js';
import type { EventEnvelope } from './envelope.js';
import { pageOfEventLog, purgeExpired, readEventLog } from './event-log.js';
import { handlerRegistrations } from './handler.js';
import { type ConsumerHandler, Inbox } from './inbox.js';
import { MESSAGING_OBSERVER, type MessagingObserver, UNOBSERVED } from './observer.js';
import { Relay } from './relay.js';
import { type EventTransport, InProcessTransport } from './transport.js';

export class HandlerNotFound extends DomainError {
  readonly code = 'MESSAGING.HANDLER_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(name: string) {
    super(`No handler named ${name} runs in this process`, { handler: name });
  }
}

export class ProducerNotHosted extends DomainError {
  readonly code = 'MESSAGING.PRODUCER_NOT_HOSTED';
  readonly kind = 'rule_violated';

  constructor(producer: string) {
    super(`The event log of ${producer} is not in this process`, { producer });
  }
}

/**
 * Runs the messaging of the hosted contexts: a relay per context's outbox,
 * an inbox with its workers per consuming context, all joined by a transport.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly transport: EventTransport = new InProcessTransport();
  readonly deadLetters: DeadLetters;
  private readonly relays: Relay[] = [];
  private readonly inboxes: Inbox[] = [];
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    private readonly server: DatabaseServer,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
    @Optional()
    @Inject(MESSAGING_OBSERVER)
    private readonly observer: MessagingObserver = UNOBSERVED,
  ) {
    this.deadLetters = new DeadLetters(() =>
      this.inboxes.map((inbox) => this.databaseOf(inbox.context)),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    const consumers = new Map<ContextDatabase, ConsumerHandler[]>();
    for (const registration of handlerRegistrations()) {
      const db = this.find<ContextDatabase>(registration.database);
      if (!db) continue; // the consuming context is not hosted here
      const instance = this.find<ConsumerHandler['instance']>(registration.handlerClass);
      if (!instance) {
        throw new Error(
          `${registration.name} handles events but is not a provider of its context's module`,
        );
      }
      const handlers = consumers.get(db) ?? [];
      handlers.push({
        name: registration.name,
        eventNames: new Set(registration.contracts.map((contract) => contract.name)),
        instance,
      });
      consumers.set(db, handlers);
    }
    const c = this.config;
    for (const [db, handlers] of consumers) {
      const inbox = new Inbox(
        db,
        handlers,
        {
          workers: c.MESSAGING_WORKERS,
          batchSize: c.MESSAGING_INBOX_BATCH,
          maxAttempts: c.MESSAGING_MAX_ATTEMPTS,
          backoffBaseMs: c.MESSAGING_BACKOFF_BASE_MS,
          backoffMaxMs: c.MESSAGING_BACKOFF_MAX_MS,
          pollMs: c.MESSAGING_POLL_MS,
          observer: this.observer,
        },
        this.log.child({ context: db.context, component: 'inbox' }),
      );
      this.inboxes.push(inbox);
      await this.transport.subscribe({
        context: db.context,
        names: inbox.eventNames,
        receive: (envelopes) => inbox.receive(envelopes),
      });
    }
    for (const db of this.server.databases) {
      this.relays.push(
        new Relay(
          db,
          this.transport,
          {
            batchSize: c.MESSAGING_RELAY_BATCH,
            pollMs: c.MESSAGING_POLL_MS,
            retryMs: c.MESSAGING_BACKOFF_BASE_MS,
            observer: this.observer,
          },
          this.log.child({ context: db.context, component: 'relay' }),
        ),
      );
    }
    if (!c.MESSAGING_RUN) return;
    await Promise.all([...this.relays, ...this.inboxes].map((worker) => worker.start()));
    this.purgeTimer = setInterval(() => void this.purge(), 3_600_000).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.purgeTimer);
    await Promise.all([...this.relays, ...this.inboxes].map((worker) => worker.stop()));
    await this.transport.close();
  }

  /**
   * Redelivers to one handler every event it consumes that occurred at or
   * after `since`; with `em`, inside that (the consumer's) transaction.
   */
  async replay(handlerName: string, since: Date, em?: EntityManager): Promise<number> {
    const registration = handlerRegistrations().find((r) => r.name === handlerName);
    const inbox =
      registration && this.inboxes.find((i) => i.context === registration.database.context);
    if (!registration || !inbox) throw new HandlerNotFound(handlerName);
    const events: EventEnvelope[] = [];
    for (const contract of registration.contracts) {
      const producer = this.server.databases.find((db) => db.context === contract.producer);
      if (!producer) throw new ProducerNotHosted(contract.producer);
      events.push(...(await readEventLog(producer, [contract.name], since)));
    }
    return inbox.requeue(handlerName, events, em);
  }

  /** Reads a hosted context's event log. */
  eventLog(
    context: string,
    filter: { name?: string; since?: Date },
    limit: number,
    cursor?: string,
  ): Promise<Page<EventEnvelope>> {
    const producer = this.server.databases.find((db) => db.context === context);
    if (!producer) throw new ProducerNotHosted(context);
    return pageOfEventLog(producer, filter, limit, cursor);
  }

  async purge(): Promise<void> {
    for (const db of this.server.databases) {
      try {
        const purged = await purgeExpired(db, this.config.EVENT_LOG_RETENTION_DAYS);
        if (purged > 0) this.log.info({ context: db.context, purged }, 'expired events purged');
      } catch (error) {
        this.log.warn({ err: error, context: db.context }, 'purge failed');
      }
    }
  }

  private databaseOf(context: string): ContextDatabase {
    return this.server.databases.find((db) => db.context === context)!;
  }

  private find<T>(token: unknown): T | undefined {
    try {
      return this.moduleRef.get<T>(token as never, { strict: false });
    } catch {
      return undefined;
    }
  }
}
