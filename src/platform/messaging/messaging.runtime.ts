import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  Optional,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
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
import { EVENT_CONSUMERS, type EventConsumers } from './handler.js';
import { HostedEvents } from './hosted-events.js';
import { type ConsumerHandler, Inbox } from './inbox.js';
import { MESSAGING_OBSERVER, type MessagingObserver, UNOBSERVED } from './observer.js';
import { Relay } from './relay.js';
import type { BrokerState } from './nats/broker-connection.js';
import { ConsumerLease } from './nats/consumer-lease.js';
import type { ConsumerLag } from './nats/durable-consumer.js';
import { createEventTransport } from './nats/event-transport.factory.js';
import type { JetStreamTransport } from './nats/jetstream-transport.js';
import type { EventTransport } from './transport.js';

/**
 * Whether deliveries in this process are handled in the transaction that
 * stores them (ADR 0034): on by default, off with a broker, whose outbox
 * backlog while it is away must not count as the pipeline falling behind.
 */
export function handlesOnReceipt(
  config: Pick<AppConfig, 'MESSAGING_HANDLE_ON_RECEIPT' | 'NATS_URL'>,
): boolean {
  return config.MESSAGING_HANDLE_ON_RECEIPT && !config.NATS_URL;
}

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

export class EventLogUnavailable extends DomainError {
  readonly code = 'MESSAGING.EVENT_LOG_UNAVAILABLE';
  readonly kind = 'unavailable';

  constructor(producer: string, cause: unknown) {
    super(
      `The event log of ${producer} is on the broker, which cannot be read now: ${cause instanceof Error ? cause.message : String(cause)}`,
      { producer },
    );
  }
}

/**
 * Runs the messaging of the hosted contexts: a relay per context's outbox,
 * an inbox with its workers per consuming context, all joined by a transport.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly transport: EventTransport;
  readonly deadLetters: DeadLetters;
  /** The broker side of the transport, when NATS_URL is set. */
  private readonly broker?: JetStreamTransport;
  private readonly relays: Relay[] = [];
  private readonly inboxes: Inbox[] = [];
  private purgeTimer?: NodeJS.Timeout;
  private known?: HostedEvents;

  constructor(
    private readonly server: DatabaseServer,
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(EVENT_CONSUMERS) private readonly consumers: EventConsumers,
    @Optional()
    @Inject(MESSAGING_OBSERVER)
    private readonly observer: MessagingObserver = UNOBSERVED,
  ) {
    this.deadLetters = new DeadLetters(() =>
      this.inboxes.map((inbox) => this.databaseOf(inbox.context)),
    );
    const hosted = new Set(server.databases.map((db) => db.context));
    // The consumers of every context of the shop, hosted here or not (the composition root reads them).
    const consumedElsewhere = new Set(
      [...consumers]
        .filter(([, contexts]) => contexts.some((context) => !hosted.has(context)))
        .map(([name]) => name),
    );
    ({ transport: this.transport, broker: this.broker } = createEventTransport(
      config,
      { hosted, crossesProcesses: (name) => consumedElsewhere.has(name) },
      log,
    ));
  }

  /** The broker's state, or undefined when events stay in this process (no NATS_URL). */
  brokerState(): BrokerState | undefined {
    return this.broker?.broker.current;
  }

  /** How far this process's durable consumers are behind their streams ([] without NATS). */
  async consumerLag(): Promise<ConsumerLag[]> {
    return this.broker ? this.broker.lag() : [];
  }

  /** The events this process knows: those of the hosted contexts, found in the composed modules. */
  get hosted(): HostedEvents {
    return (this.known ??= HostedEvents.discover(this.discovery));
  }

  async onApplicationBootstrap(): Promise<void> {
    const consumers = new Map<ContextDatabase, ConsumerHandler[]>();
    for (const handler of this.hosted.handlers) {
      const db = this.databaseOf(handler.context);
      consumers.set(db, [...(consumers.get(db) ?? []), handler]);
    }
    const c = this.config;
    for (const [db, handlers] of consumers) {
      const inbox = new Inbox(
        db,
        handlers,
        {
          workers: c.MESSAGING_WORKERS,
          batchSize: c.MESSAGING_INBOX_BATCH,
          lingerMs: c.MESSAGING_INBOX_LINGER_MS,
          maxAttempts: c.MESSAGING_MAX_ATTEMPTS,
          backoffBaseMs: c.MESSAGING_BACKOFF_BASE_MS,
          backoffMaxMs: c.MESSAGING_BACKOFF_MAX_MS,
          pollMs: c.MESSAGING_POLL_MS,
          observer: this.observer,
        },
        this.log.child({ context: db.context, component: 'inbox' }),
      );
      this.inboxes.push(inbox);
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
    this.broker?.broker.start();
    if (!c.MESSAGING_RUN) return;
    // Only a process that runs the inboxes consumes: replicas of a durable consumer share its messages.
    const handleOnReceipt = handlesOnReceipt(c);
    for (const inbox of this.inboxes) {
      const db = this.databaseOf(inbox.context);
      await this.transport.subscribe({
        context: inbox.context,
        names: inbox.eventNames,
        receive: (envelopes) => inbox.receive(envelopes),
        ...(handleOnReceipt && {
          receiveAndHandle: (envelopes: readonly EventEnvelope[]) =>
            inbox.receiveAndHandle(envelopes),
        }),
        lease: this.broker && db.url ? new ConsumerLease(db.url, db.context, this.log) : undefined,
      });
    }
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
    const registration = this.hosted.handlers.find((r) => r.name === handlerName);
    const inbox = registration && this.inboxes.find((i) => i.context === registration.context);
    if (!registration || !inbox) throw new HandlerNotFound(handlerName);
    const events: EventEnvelope[] = [];
    for (const contract of registration.contracts) {
      const producer = this.server.databases.find((db) => db.context === contract.producer);
      if (producer) events.push(...(await readEventLog(producer, [contract.name], since)));
      else if (this.broker)
        events.push(...(await this.remoteLog(contract.producer, contract.name, since)));
      else throw new ProducerNotHosted(contract.producer);
    }
    return inbox.requeue(handlerName, events, em);
  }

  /** A remote producer's events from its stream. */
  private async remoteLog(producer: string, name: string, since: Date): Promise<EventEnvelope[]> {
    try {
      return await this.broker!.eventLog.read(producer, [name], since);
    } catch (error) {
      throw new EventLogUnavailable(producer, error);
    }
  }

  /** Reads a context's event log: from its outbox when hosted here, else from its stream. */
  eventLog(
    context: string,
    filter: { name?: string; since?: Date },
    limit: number,
    cursor?: string,
  ): Promise<Page<EventEnvelope>> {
    const producer = this.server.databases.find((db) => db.context === context);
    if (producer) return pageOfEventLog(producer, filter, limit, cursor);
    const known = [...this.consumers.keys()].some((name) => name.startsWith(`${context}.`));
    if (!this.broker || !known) throw new ProducerNotHosted(context);
    return this.broker.eventLog.page(context, filter, limit, cursor).catch((error: unknown) => {
      if (error instanceof DomainError) throw error; // an invalid cursor
      throw new EventLogUnavailable(context, error);
    });
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
}
