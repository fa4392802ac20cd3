import { defineEntity, p } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { Type } from '@sinclair/typebox';
import { AggregateRoot } from '../../src/platform/domain/aggregate-root.js';
import { DomainEvent } from '../../src/platform/domain/domain-event.js';
import { defineEvent } from '../../src/platform/messaging/contract.js';
import type { EventEnvelope } from '../../src/platform/messaging/envelope.js';
import { integrationEvent } from '../../src/platform/messaging/integration-event.js';
import { MessageContext } from '../../src/platform/messaging/message-context.js';
import type { ContextDatabase } from '../../src/platform/persistence/context-database.js';
import { persistable } from '../../src/platform/persistence/persistable.js';
import { openTestContext } from './context-database.js';
import { createTestDatabase } from './database.js';

/**
 * A minimal publisher and consumer for platform tests: counters (context
 * `pub`) publish `pub.Ticked.v1`; a recorder (context `sub`) appends one row
 * per handled event to a table with no unique key, so a second effect of the
 * same event would show.
 */
export class Ticked extends DomainEvent {
  readonly occurredAt = new Date();
  constructor(
    readonly aggregateId: string,
    readonly label: string,
    readonly count: number,
  ) {
    super();
  }
}

export class Counter extends AggregateRoot {
  id!: string;
  label!: string;
  count!: number;

  static start(id: string, label = 'counter'): Counter {
    return Object.assign(new Counter(), { id, label, count: 0 });
  }

  tick(): void {
    this.count += 1;
    this.raise(new Ticked(this.id, this.label, this.count));
  }
}

export const CounterEntity = defineEntity({
  class: persistable(Counter),
  tableName: 'counters',
  properties: { id: p.string().primary(), label: p.string(), count: p.integer() },
});

class CreateCounters extends Migration {
  up(): void {
    this.addSql(
      'create table counters (id text primary key, label text not null, count int not null)',
    );
  }
}

class CreateEffects extends Migration {
  up(): void {
    this.addSql(
      'create table effects (event_id uuid not null, counter_id text not null, count int not null, sequence int not null, correlation_id text not null, at timestamptz not null default clock_timestamp())',
    );
  }
}

export const TickedV1 = defineEvent({
  producer: 'pub',
  type: 'Ticked',
  version: 1,
  description: 'A counter ticked.',
  schema: Type.Object({
    counterId: Type.String(),
    label: Type.String({ minLength: 1 }),
    count: Type.Integer({ minimum: 1 }),
  }),
});

export function openPublisher(databaseUrl: string): Promise<ContextDatabase> {
  return openTestContext({
    databaseUrl,
    context: 'pub',
    entities: [CounterEntity],
    migrations: [{ name: 'create-counters', class: CreateCounters }],
    publishes: (event) =>
      event instanceof Ticked
        ? [
            integrationEvent(TickedV1, event.aggregateId, event.occurredAt, {
              counterId: event.aggregateId,
              label: event.label,
              count: event.count,
            }),
          ]
        : [],
  });
}

export function openConsumer(databaseUrl: string): Promise<ContextDatabase> {
  return openTestContext({
    databaseUrl,
    context: 'sub',
    migrations: [{ name: 'create-effects', class: CreateEffects }],
  });
}

/** Ticks a counter (creating it on first use) in one unit of work. */
export async function tick(pub: ContextDatabase, id: string, times = 1, label = 'counter') {
  await pub.unitOfWork(async () => {
    const counter = (await pub.em.findOne(CounterEntity, { id })) ?? Counter.start(id, label);
    for (let i = 0; i < times; i++) counter.tick();
    pub.track(counter);
  });
}

/** The recorder's handler; `beforeCommit` runs after the effect, inside the transaction. */
export function recorder(
  sub: ContextDatabase,
  options: { fails?: (counterId: string) => boolean; afterEffect?: () => void } = {},
) {
  return {
    async handle(event: EventEnvelope<{ counterId: string; count: number }>) {
      if (options.fails?.(event.payload.counterId))
        throw new Error(`cannot handle ${event.payload.counterId}`);
      await sub.em.execute(
        'insert into effects (event_id, counter_id, count, sequence, correlation_id) values (?, ?, ?, ?, ?)',
        [
          event.id,
          event.payload.counterId,
          event.payload.count,
          event.sequence,
          MessageContext.current().correlationId,
        ],
      );
      options.afterEffect?.();
    },
  };
}

/** A publisher and a consumer of counters in a database of their own; `close` drops it. */
export async function openPubSub(): Promise<{
  pub: ContextDatabase;
  sub: ContextDatabase;
  close: () => Promise<void>;
}> {
  const database = await createTestDatabase();
  const pub = await openPublisher(database.url);
  const sub = await openConsumer(database.url);
  return {
    pub,
    sub,
    close: async () => {
      await pub.close();
      await sub.close();
      await database.drop();
    },
  };
}
