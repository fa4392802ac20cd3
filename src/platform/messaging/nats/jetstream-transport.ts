import { headers } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { EventEnvelope } from '../envelope.js';
import {
  type EventTransport,
  type Lease,
  PartialPublish,
  type Subscription,
} from '../transport.js';
import type { BrokerConnection } from './broker-connection.js';
import { type ConsumerLag, type ConsumerOptions, DurableConsumer } from './durable-consumer.js';
import { StreamLog } from './stream-log.js';
import { producerOf, subjectOf } from './subjects.js';

export interface JetStreamTransportOptions {
  /** Longest wait for the server's acknowledgement of one publish. */
  readonly publishTimeoutMs: number;
  readonly consumer: ConsumerOptions;
}

/**
 * Carries events between processes over NATS JetStream.
 *
 * Publishing: each envelope goes to `events.<its name>` with its id as the
 * message id (`Nats-Msg-Id`), so the server drops a republish within the
 * duplicate window; `publish` resolves once the server stored every one.
 * Aggregates are published side by side (many acknowledgements in flight) but
 * the events of one aggregate one after the other, and an aggregate stops at
 * its first failure: a later event acknowledged after an earlier one failed
 * would sit before it in the stream and reach consumers out of order. A
 * partial failure is a `PartialPublish` naming what was stored.
 *
 * Consuming: one durable consumer per consuming context and producer stream
 * (`DurableConsumer`). Replaying: `eventLog` (`StreamLog`).
 */
export class JetStreamTransport implements EventTransport {
  private readonly consumers: DurableConsumer[] = [];
  private readonly leases = new Set<Lease>();
  /** The event logs of the producers, from their streams. */
  readonly eventLog: StreamLog;

  constructor(
    readonly broker: BrokerConnection,
    private readonly options: JetStreamTransportOptions,
    private readonly log: Logger,
  ) {
    this.eventLog = new StreamLog(broker);
  }

  subscribe(subscription: Subscription): Promise<void> {
    if (subscription.lease) this.leases.add(subscription.lease);
    const producers = new Set([...subscription.names].map(producerOf));
    for (const producer of producers) {
      const consumer = new DurableConsumer(
        this.broker,
        producer,
        subscription,
        this.options.consumer,
        this.log.child({ consumer: subscription.context, producer }),
      );
      this.consumers.push(consumer);
      consumer.start();
    }
    return Promise.resolve();
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    const { js } = this.broker.jetstream();
    await Promise.all(
      [...new Set(envelopes.map((e) => e.source))].map((p) => this.broker.ensureStream(p)),
    );
    const stored = new Set<string>();
    let failure: unknown;
    await Promise.all(
      [...byAggregate(envelopes).values()].map(async (events) => {
        for (const envelope of events) {
          if (failure !== undefined) return;
          try {
            await js.publish(subjectOf(envelope.name), JSON.stringify(envelope), {
              msgID: envelope.id,
              timeout: this.options.publishTimeoutMs,
              ...(envelope.traceparent && { headers: traced(envelope.traceparent) }),
            });
            stored.add(envelope.id);
          } catch (error) {
            failure ??= error;
            return;
          }
        }
      }),
    );
    if (failure === undefined) return;
    // The stream may be gone (a server restarted without its store): check it again next time.
    this.broker.forgetStreams();
    throw new PartialPublish(stored, failure);
  }

  /** The lag of this process's durable consumers (throws BrokerUnavailable while disconnected). */
  lag(): Promise<ConsumerLag[]> {
    return Promise.all(this.consumers.map((consumer) => consumer.lag()));
  }

  async close(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    this.consumers.length = 0;
    await Promise.all([...this.leases].map((lease) => lease.release()));
    await this.broker.close();
  }
}

/** Envelopes per aggregate, each aggregate's in sequence order; first seen first. */
function byAggregate(envelopes: readonly EventEnvelope[]): Map<string, EventEnvelope[]> {
  const groups = new Map<string, EventEnvelope[]>();
  for (const envelope of envelopes) {
    const key = `${envelope.source}/${envelope.aggregateId}`;
    const group = groups.get(key) ?? [];
    group.push(envelope);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.sequence - b.sequence);
  return groups;
}

/**
 * The event's W3C trace context as a message header too, where NATS tools and
 * other consumers look for it; this shop's handlers read the envelope's.
 */
function traced(traceparent: string) {
  const h = headers();
  h.set('traceparent', traceparent);
  return h;
}
