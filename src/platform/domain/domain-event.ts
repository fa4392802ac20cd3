/**
 * Something that happened inside an aggregate. Domain events are facts in the
 * past tense; they are dispatched only after the transaction that produced them
 * has committed.
 */
export abstract class DomainEvent {
  /** The id of the aggregate that raised the event. */
  abstract readonly aggregateId: string;
  abstract readonly occurredAt: Date;
}
