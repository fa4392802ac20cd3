import type { DomainEvent } from './domain-event.js';

/**
 * Base of every aggregate: records the domain events raised by its methods
 * until the unit of work collects them after a successful flush.
 */
export abstract class AggregateRoot {
  // Lazily created: the ORM hydrates aggregates without calling constructors.
  private pendingEvents?: DomainEvent[];

  protected raise(event: DomainEvent): void {
    (this.pendingEvents ??= []).push(event);
  }

  /** Returns the recorded events and forgets them, so each is published once. */
  pullEvents(): DomainEvent[] {
    const events = this.pendingEvents ?? [];
    this.pendingEvents = [];
    return events;
  }
}
