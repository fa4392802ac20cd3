import type { EventEnvelope } from './envelope.js';

/**
 * What observability wants to see of the messaging machinery: each relay
 * publication and each handler run, wrapped so that it can time them and run
 * them inside a trace span. The default sees nothing and costs nothing.
 */
export interface MessagingObserver {
  /** Wraps a relay's publication of a batch of its context's events. */
  publishing(
    context: string,
    envelopes: readonly EventEnvelope[],
    publish: () => Promise<void>,
  ): Promise<void>;
  /** Wraps one handler's run of one event, in the consuming context. */
  handling<T>(
    context: string,
    handler: string,
    envelope: EventEnvelope,
    run: () => Promise<T>,
  ): Promise<T>;
  /** A handler's run failed (it will be retried, or it became a dead letter). */
  failed(context: string, handler: string, dead: boolean): void;
}

export const UNOBSERVED: MessagingObserver = {
  publishing: (_context, _envelopes, publish) => publish(),
  handling: (_context, _handler, _envelope, run) => run(),
  failed: () => undefined,
};

/** Nest token of the observer the messaging runtime hands its relays and inboxes. */
export const MESSAGING_OBSERVER = Symbol('MessagingObserver');
