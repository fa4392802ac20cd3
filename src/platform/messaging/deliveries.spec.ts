import type { EventEnvelope } from './envelope.js';
import { type InboxRow, inRounds, runnableNow } from './deliveries.js';

const envelope = (aggregateId: string, sequence: number, source = 'ordering') =>
  ({ id: `${source}/${aggregateId}/${sequence}`, source, aggregateId, sequence }) as EventEnvelope;

const row = (
  handler: string,
  aggregateId: string,
  sequence: number,
  source?: string,
): InboxRow => ({
  id: `${handler}:${aggregateId}:${sequence}`,
  handler,
  attempts: 0,
  envelope: envelope(aggregateId, sequence, source),
});

const names = (rounds: InboxRow[][]) => rounds.map((round) => round.map((r) => r.id));

describe('inRounds', () => {
  it('puts each aggregate’s events in successive rounds, with all the handlers of an event in its round', () => {
    const rows = [
      row('A', 'o1', 7),
      row('B', 'o1', 7),
      row('A', 'o2', 3),
      row('A', 'o1', 8),
      row('B', 'o1', 8),
      row('A', 'o2', 4),
      row('A', 'o3', 1),
    ];
    expect(names(inRounds(rows))).toEqual([
      ['A:o1:7', 'B:o1:7', 'A:o2:3', 'A:o3:1'],
      ['A:o1:8', 'B:o1:8', 'A:o2:4'],
    ]);
  });

  it('orders by sequence, not by arrival, and tells aggregates of different sources apart', () => {
    const rows = [row('A', 'x', 2), row('A', 'x', 1), row('A', 'x', 1, 'payments')];
    expect(names(inRounds(rows))).toEqual([['A:x:1', 'A:x:1'], ['A:x:2']]);
    expect(inRounds(rows)[0]!.map((r) => r.envelope.source)).toEqual(['ordering', 'payments']);
  });

  it('keeps a batch of one event per aggregate in one round', () => {
    const rows = [row('A', 'a', 5), row('B', 'b', 1), row('A', 'c', 9)];
    expect(names(inRounds(rows))).toEqual([['A:a:5', 'B:b:1', 'A:c:9']]);
  });
});

describe('runnableNow', () => {
  it('holds every delivery of an aggregate one of whose deliveries breaks its contract', () => {
    const deliveries = [
      { id: '1', handler: 'A', envelope: envelope('o1', 1) },
      { id: '2', handler: 'A', envelope: envelope('o1', 2), problems: '/count must be integer' },
      { id: '3', handler: 'A', envelope: envelope('o1', 3) },
      { id: '4', handler: 'A', envelope: envelope('o2', 1) },
      { id: '5', handler: 'A', envelope: envelope('o1', 1, 'payments') },
    ];
    expect(runnableNow(deliveries)).toEqual([false, false, false, true, true]);
  });
});
