import { Type } from '@sinclair/typebox';
import { DomainEvent } from '../domain/domain-event.js';
import { defineEvent } from './contract.js';
import { integrationEvent, IntegrationEvents } from './integration-event.js';

class Opened extends DomainEvent {
  readonly occurredAt = new Date('2026-03-01T09:00:00Z');
  constructor(readonly aggregateId: string) {
    super();
  }
}
class Internal extends DomainEvent {
  readonly occurredAt = new Date();
  readonly aggregateId = 'x';
}

const OpenedV1 = defineEvent({
  producer: 'unit',
  type: 'Opened',
  version: 1,
  description: 'Opened.',
  schema: Type.Object({ id: Type.String() }),
});

describe('IntegrationEvents', () => {
  const events = new IntegrationEvents().on(Opened, (e) =>
    integrationEvent(OpenedV1, e.aggregateId, e.occurredAt, { id: e.aggregateId }),
  );

  it('maps a domain event that has a rule to its integration event', () => {
    expect(events.map(new Opened('a-1'))).toEqual([
      {
        contract: OpenedV1,
        aggregateId: 'a-1',
        occurredAt: new Date('2026-03-01T09:00:00Z'),
        payload: { id: 'a-1' },
      },
    ]);
  });

  it('maps a domain event without a rule to nothing: it is nobody else’s business', () => {
    expect(events.map(new Internal())).toEqual([]);
  });
});
