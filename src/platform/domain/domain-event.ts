/**
 * Something that happened inside an aggregate. Domain events are facts in the
 * past tense; the unit of work turns those that concern other contexts into
 * integration events, in the same transaction as the change that raised them.
 */
export abstract class DomainEvent {
  /** The id of the aggregate that raised the event. */
  abstract readonly aggregateId: string;
  abstract readonly occurredAt: Date;
}
