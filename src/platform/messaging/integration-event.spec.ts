import { Type } from '@sinclair/typebox';
import { DomainEvent } from '../domain/domain-event.js';
import { defineEvent } from './contract.js';
import { IntegrationEvents } from './integration-event.js';

class Opened extends DomainEvent {
  readonly occurredAt = new Date('2026-03-01T09:00:00Z');
  constructor(readonly aggregateId: string) {
    super();
  }
}
class Moved extends DomainEvent {
  readonly occurredAt = new Date('2026-03-02T09:00:00Z');
  constructor(
    readonly aggregateId: string,
    readonly orderId: string,
  ) {
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
  const events = new IntegrationEvents()
    .on(Opened, OpenedV1, (e) => ({ id: e.aggregateId }))
    .on(
      Moved,
      OpenedV1,
      (e) => ({ id: e.aggregateId }),
      (e) => e.orderId,
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

  it('keys an integration event by another id when the rule says so', () => {
    expect(events.map(new Moved('m-1', 'order-1'))).toEqual([
      expect.objectContaining({ aggregateId: 'order-1', payload: { id: 'm-1' } }),
    ]);
  });

  it('knows the contracts it publishes, each once', () => {
    expect(events.contracts).toEqual([OpenedV1]);
  });

  it('maps a domain event without a rule to nothing: it is nobody else’s business', () => {
    expect(events.map(new Internal())).toEqual([]);
  });
});
