import type { EventEnvelope } from './envelope.js';

/**
 * Held by at most one process at a time. A broker transport takes a
 * subscription's events only while it holds the subscription's lease, so
 * replicas of a consuming context never store an aggregate's events into its
 * inbox out of order.
 */
export interface Lease {
  /** Resolves true once held (and keeps it), false while another process holds it. */
  acquire(): Promise<boolean>;
  /** Still held (false once its connection is lost). */
  readonly held: boolean;
  release(): Promise<void>;
}

/** A context's interest in events: the names it consumes and where they go. */
export interface Subscription {
  /** The consuming context; one durable subscription per context. */
  readonly context: string;
  readonly names: ReadonlySet<string>;
  /** Needed by transports shared between processes; the in-process one ignores it. */
  readonly lease?: Lease;
  /**
   * Stores the envelopes durably on the consumer's side (its inbox). Resolving
   * is the acknowledgement; rejecting asks for redelivery. Must tolerate
   * duplicates: delivery is at least once.
   */
  receive(envelopes: readonly EventEnvelope[]): Promise<void>;
  /**
   * Stores the envelopes as `receive` does and handles, in the same
   * transaction, those it may handle now (ADR 0034); same acknowledgement.
   * Called instead of `receive` by a transport whose publisher waits for the
   * consumer anyway (in process), when the subscriber offers it.
   */
  receiveAndHandle?(envelopes: readonly EventEnvelope[]): Promise<void>;
}

/**
 * Carries envelopes from publishing contexts' relays to subscribing contexts.
 * `publish` resolves once every subscriber has acknowledged (in process) or the
 * broker has stored the events (JetStream, which deduplicates by event id).
 */
export interface EventTransport {
  subscribe(subscription: Subscription): Promise<void>;
  publish(envelopes: readonly EventEnvelope[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * A publish that stored only some of its envelopes (a broker that acknowledged
 * part of a batch before it failed). The relay marks only the acknowledged
 * ones, and only each aggregate's unbroken run from its oldest: a transport
 * must never store an aggregate's event after one of its earlier events failed.
 */
export class PartialPublish extends Error {
  constructor(
    /** Ids of the envelopes that were stored. */
    readonly acknowledged: ReadonlySet<string>,
    cause: unknown,
  ) {
    super(
      `published ${acknowledged.size} event(s), then failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'PartialPublish';
  }
}

/** Delivers directly to the subscribers hosted in this process. */
export class InProcessTransport implements EventTransport {
  private readonly subscriptions: Subscription[] = [];

  subscribe(subscription: Subscription): Promise<void> {
    this.subscriptions.push(subscription);
    return Promise.resolve();
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    // Every subscriber settles before a failure is reported: the relay then rolls its marks
    // back and redelivers, which must not overtake a receipt still storing these events.
    const settled = await Promise.allSettled(
      this.subscriptions.map((subscription) => {
        const wanted = envelopes.filter((envelope) => subscription.names.has(envelope.name));
        if (wanted.length === 0) return Promise.resolve();
        return subscription.receiveAndHandle
          ? subscription.receiveAndHandle(wanted)
          : subscription.receive(wanted);
      }),
    );
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }

  close(): Promise<void> {
    this.subscriptions.length = 0;
    return Promise.resolve();
  }
}
