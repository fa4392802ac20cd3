import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { type EventTransport, InProcessTransport } from '../transport.js';
import { BrokerConnection } from './broker-connection.js';
import { JetStreamTransport } from './jetstream-transport.js';
import { RoutingTransport } from './routing-transport.js';

/** Inbox redelivery by the broker covers a failed store, which is quick or fails: 30 s is ample. */
const ACK_WAIT_MS = 30_000;

export interface EventTransports {
  /** What the relays publish to and the inboxes subscribe to. */
  readonly transport: EventTransport;
  /** The broker side, when NATS_URL is set: its state and the event logs of remote producers. */
  readonly broker?: JetStreamTransport;
}

/**
 * Picks the transport by configuration: without NATS_URL everything stays in
 * process, as it always did; with it, hosted contexts still reach each other
 * directly and the broker carries what crosses processes.
 */
export function createEventTransport(
  config: AppConfig,
  topology: {
    readonly hosted: ReadonlySet<string>;
    readonly crossesProcesses: (eventName: string) => boolean;
  },
  log: Logger,
): EventTransports {
  const direct = new InProcessTransport();
  if (!config.NATS_URL) return { transport: direct };
  const connection = new BrokerConnection(
    {
      url: config.NATS_URL,
      name: `emporium:${[...topology.hosted].sort().join(',')}`,
      retentionDays: config.EVENT_LOG_RETENTION_DAYS,
      duplicateWindowMs: config.NATS_DEDUPE_WINDOW_SECONDS * 1000,
      retryMs: 1000,
    },
    log.child({ component: 'broker' }),
  );
  const broker = new JetStreamTransport(
    connection,
    {
      publishTimeoutMs: config.NATS_PUBLISH_TIMEOUT_MS,
      consumer: {
        batchSize: config.MESSAGING_INBOX_BATCH,
        retryMs: config.MESSAGING_BACKOFF_BASE_MS,
        ackWaitMs: ACK_WAIT_MS,
      },
    },
    log.child({ component: 'broker' }),
  );
  return {
    transport: new RoutingTransport(direct, broker, topology.hosted, topology.crossesProcesses),
    broker,
  };
}
