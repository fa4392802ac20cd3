import type { EventEnvelope } from '../envelope.js';
import { type EventTransport, PartialPublish, type Subscription } from '../transport.js';
import { producerOf } from './subjects.js';

/**
 * Joins the direct path and the broker. Contexts hosted in this process
 * reach each other directly (no broker hop); events that a context hosted
 * elsewhere consumes also go to the broker, and a hosted context consumes
 * from the broker only the events of producers it does not host.
 *
 * An envelope counts as published once both paths that need it stored it.
 * The direct path goes first, so hosted consumers get an event even while the
 * broker is down; the relay's retry then reaches them again, and their inbox
 * drops the duplicate.
 */
export class RoutingTransport implements EventTransport {
  constructor(
    private readonly direct: EventTransport,
    private readonly broker: EventTransport,
    /** Contexts hosted in this process. */
    private readonly hosted: ReadonlySet<string>,
    /** Whether a context hosted elsewhere consumes events of this name. */
    private readonly crossesProcesses: (eventName: string) => boolean,
  ) {}

  async subscribe(subscription: Subscription): Promise<void> {
    const names = [...subscription.names];
    const part = (fromHosted: boolean): Subscription => ({
      context: subscription.context,
      names: new Set(names.filter((name) => this.hosted.has(producerOf(name)) === fromHosted)),
      receive: (envelopes) => subscription.receive(envelopes),
      receiveAndHandle: subscription.receiveAndHandle?.bind(subscription),
      lease: subscription.lease,
    });
    const [direct, viaBroker] = [part(true), part(false)];
    if (direct.names.size > 0) await this.direct.subscribe(direct);
    if (viaBroker.names.size > 0) await this.broker.subscribe(viaBroker);
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    await this.direct.publish(envelopes);
    const crossing = envelopes.filter((envelope) => this.crossesProcesses(envelope.name));
    if (crossing.length === 0) return;
    try {
      await this.broker.publish(crossing);
    } catch (error) {
      const stored = new Set(
        envelopes.filter((envelope) => !crossing.includes(envelope)).map((e) => e.id),
      );
      if (error instanceof PartialPublish) error.acknowledged.forEach((id) => stored.add(id));
      throw new PartialPublish(stored, error instanceof PartialPublish ? error.cause : error);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.direct.close(), this.broker.close()]);
  }
}
