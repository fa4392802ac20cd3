import type { EventEnvelope } from './envelope.js';

/** A context's interest in events: the names it consumes and where they go. */
export interface Subscription {
  /** The consuming context; one durable subscription per context. */
  readonly context: string;
  readonly names: ReadonlySet<string>;
  /**
   * Stores the envelopes durably on the consumer's side (its inbox). Resolving
   * is the acknowledgement; rejecting asks for redelivery. Must tolerate
   * duplicates: delivery is at least once.
   */
  receive(envelopes: readonly EventEnvelope[]): Promise<void>;
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

/** Delivers directly to the subscribers hosted in this process. */
export class InProcessTransport implements EventTransport {
  private readonly subscriptions: Subscription[] = [];

  subscribe(subscription: Subscription): Promise<void> {
    this.subscriptions.push(subscription);
    return Promise.resolve();
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    await Promise.all(
      this.subscriptions.map((subscription) => {
        const wanted = envelopes.filter((envelope) => subscription.names.has(envelope.name));
        return wanted.length > 0 ? subscription.receive(wanted) : Promise.resolve();
      }),
    );
  }

  close(): Promise<void> {
    this.subscriptions.length = 0;
    return Promise.resolve();
  }
}
