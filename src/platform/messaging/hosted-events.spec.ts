import type { DiscoveryService } from '@nestjs/core';
import { Type } from '@sinclair/typebox';
import { DomainEvent } from '../domain/domain-event.js';
import { ContextDatabase } from '../persistence/context-database.js';
import { defineEvent } from './contract.js';
import { OnIntegrationEvent } from './handler.js';
import { HostedEvents } from './hosted-events.js';
import { IntegrationEvents } from './integration-event.js';

const contract = (producer: string, type: string) =>
  defineEvent({ producer, type, version: 1, description: type, schema: Type.Object({}) });
const OpenedV1 = contract('sales', 'Opened');
const ClosedV1 = contract('sales', 'Closed');
const CountedV1 = contract('stock', 'Counted');

class Counted extends DomainEvent {
  readonly aggregateId = 'item-1';
  readonly occurredAt = new Date();
}

@OnIntegrationEvent([OpenedV1, ClosedV1])
class FollowSales {
  handle = () => Promise.resolve();
}

/** A module as Nest's discovery sees it: its providers' instances, each knowing its module. */
function moduleOf(...instances: object[]) {
  const host = { providers: new Map<unknown, { instance: object }>() };
  const wrappers = instances.map((instance) => ({
    instance,
    metatype: instance.constructor,
    host,
  }));
  for (const wrapper of wrappers) host.providers.set(wrapper.metatype, wrapper);
  return wrappers;
}

const database = (context: string) =>
  Object.assign(Object.create(ContextDatabase.prototype) as ContextDatabase, { context });
const discovery = (...modules: object[][]) =>
  ({ getProviders: () => modules.flat() }) as unknown as DiscoveryService;

describe('HostedEvents', () => {
  it('knows what the composed modules publish and consume, and names each handler after its module’s context', () => {
    const published = new IntegrationEvents().on(Counted, CountedV1, () => ({}));
    const hosted = HostedEvents.discover(
      discovery(moduleOf(database('stock'), published, new FollowSales())),
    );
    expect([...hosted.contracts.keys()]).toEqual([
      'sales.Closed.v1',
      'sales.Opened.v1',
      'stock.Counted.v1',
    ]);
    expect(hosted.handlers).toEqual([
      expect.objectContaining({ context: 'stock', name: 'stock.FollowSales' }),
    ]);
  });

  it('knows nothing of contexts whose modules are not composed', () => {
    const hosted = HostedEvents.discover(discovery(moduleOf(database('sales'))));
    expect(hosted.contracts.size).toBe(0);
    expect(hosted.handlers).toEqual([]);
  });

  it('refuses a handler provided by a module that has no context database', () => {
    expect(() => HostedEvents.discover(discovery(moduleOf(new FollowSales())))).toThrow(
      'FollowSales handles integration events, but its module provides no context database',
    );
  });
});
