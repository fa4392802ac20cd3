import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import type { EventEnvelope } from './envelope.js';

/** How many deliveries an operator's replay put back in the inbox. */
export class ReplayedResponse {
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 }) replayed!: number;
}

const anyObject = { type: 'object', additionalProperties: true } as const;

class EventConsumerResponse {
  @ApiProperty({ example: 'inventory' }) context!: string;
  @ApiProperty({ example: 'inventory.OpenStockItem' }) handler!: string;
}

class EventCatalogEntryResponse {
  @ApiProperty({ example: 'catalog.ProductCreated.v1' }) name!: string;
  @ApiProperty({ example: 'ProductCreated' }) type!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) version!: number;
  @ApiProperty({ example: 'catalog' }) producer!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [EventConsumerResponse] }) consumers!: EventConsumerResponse[];
  @ApiProperty({ ...anyObject, description: 'JSON Schema of the payload.' }) schema!: object;
}

/** Contexts whose process did not answer (their part of a view of the whole shop is missing). */
const UNREACHABLE: ApiPropertyOptions = {
  type: [String],
  example: [],
  description:
    'Contexts hosted by another process that did not answer now: their part is missing (docs/topology.md).',
};

export class EventCatalogResponse {
  @ApiProperty({ type: [EventCatalogEntryResponse] }) items!: EventCatalogEntryResponse[];
  @ApiProperty(UNREACHABLE) unreachable!: string[];
  @ApiProperty({
    type: [String],
    example: [],
    description:
      'Events two processes describe differently (two versions of one contract deployed): the description of the process hosting the producer is shown.',
  })
  conflicts!: string[];
}

export class EventEnvelopeResponse implements EventEnvelope {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'catalog.ProductCreated.v1' }) name!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ example: 'catalog' }) source!: string;
  @ApiProperty() aggregateId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) sequence!: number;
  @ApiProperty() correlationId!: string;
  @ApiProperty() causationId!: string;
  @ApiProperty({ ...anyObject, description: 'As the event’s schema says.' })
  payload!: Record<string, unknown>;
}

export class EventLogPageResponse {
  @ApiProperty({ type: [EventEnvelopeResponse] }) items!: EventEnvelopeResponse[];
  @ApiProperty({ type: String, nullable: true, example: null }) nextCursor!: string | null;
}

export class DeadLetterResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'inventory' }) context!: string;
  @ApiProperty({ example: 'inventory.OpenStockItem' }) handler!: string;
  @ApiProperty({ type: EventEnvelopeResponse }) event!: EventEnvelopeResponse;
  @ApiProperty({ type: 'integer', minimum: 0, example: 10 }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firstFailedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastFailedAt!: string | null;
}

export class DeadLetterListResponse {
  @ApiProperty({ type: [DeadLetterResponse] }) items!: DeadLetterResponse[];
  @ApiProperty(UNREACHABLE) unreachable!: string[];
}

export class DeadLettersReplayedResponse extends ReplayedResponse {
  @ApiProperty(UNREACHABLE) unreachable!: string[];
}
