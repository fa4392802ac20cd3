import { mergeAsyncApi, mergeCatalogs, mergeOpenApi } from './merged-documents.js';
import type { RemoteProcess } from './shop-processes.js';

const shipping: RemoteProcess = {
  baseUrl: 'http://shipping:3002',
  contexts: ['shipping'],
  prefixes: ['/api/shipments'],
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const answer = (name: string) => ({
  tags: ['shipping'],
  responses: { '200': { content: { 'application/json': { schema: ref(name) } } } },
});

const own = {
  openapi: '3.1.0',
  paths: { '/api/orders': { get: { tags: ['ordering'], responses: {} } } },
  components: { schemas: { Money: { type: 'object', required: ['amount'] } } },
  tags: [{ name: 'ordering' }],
};
const theirs = {
  openapi: '3.1.0',
  paths: {
    '/api/shipments/{id}': { get: answer('Shipment') },
    // Answered by the asking process itself, not forwarded: not merged.
    '/api/admin/modules': { get: answer('Modules') },
  },
  components: {
    schemas: {
      Shipment: { type: 'object', properties: { cost: ref('Money'), address: ref('Address') } },
      Address: { type: 'object' },
      Money: { type: 'object', required: ['amount'] },
      Modules: { type: 'object' },
    },
  },
  tags: [{ name: 'shipping' }, { name: 'operations' }],
};

describe('mergeOpenApi', () => {
  it('adds the forwarded paths with the components they reach, each once, and their tags', () => {
    const merged = mergeOpenApi(own, [{ process: shipping, document: theirs, state: 'merged' }]);
    expect(Object.keys(merged.paths as object)).toEqual(['/api/orders', '/api/shipments/{id}']);
    expect(Object.keys((merged.components as any).schemas).sort()).toEqual([
      'Address',
      'Money',
      'Shipment',
    ]);
    expect(merged.tags).toEqual([{ name: 'ordering' }, { name: 'shipping' }]);
    expect(merged['x-emporium-processes']).toEqual([
      { baseUrl: shipping.baseUrl, contexts: ['shipping'], state: 'merged', conflicts: [] },
    ]);
    expect(own.paths).not.toHaveProperty('/api/shipments/{id}');
  });

  it('keeps a schema of the same name and other content under the remote’s name, its references renamed', () => {
    const other = structuredClone(theirs);
    other.components.schemas.Money = { type: 'object', required: ['amount', 'currency'] };
    const merged: any = mergeOpenApi(own, [
      { process: shipping, document: other, state: 'merged' },
    ]);
    expect(merged.components.schemas.Money).toEqual(own.components.schemas.Money);
    expect(merged.components.schemas['shipping.Money']).toEqual(other.components.schemas.Money);
    expect(merged.components.schemas.Shipment.properties.cost).toEqual(ref('shipping.Money'));
    expect(merged['x-emporium-processes'][0].conflicts).toEqual(['schemas/Money']);
  });

  it('still serves this process’s document when a process gave none, and says so', () => {
    const merged = mergeOpenApi(own, [{ process: shipping, state: 'unreachable' }]);
    expect(merged.paths).toEqual(own.paths);
    expect(merged['x-emporium-processes']).toEqual([
      expect.objectContaining({ baseUrl: shipping.baseUrl, state: 'unreachable' }),
    ]);
  });
});

describe('mergeCatalogs', () => {
  const entry = (consumer: string, description = 'Placed') => ({
    name: 'ordering.OrderPaid.v1',
    producer: 'ordering',
    description,
    consumers: [{ context: consumer, handler: `${consumer}.OnOrderPaid` }],
  });

  it('lists each event once with its consumers in every process', () => {
    const { items, conflicts } = mergeCatalogs([
      { contexts: ['ordering', 'inventory'], items: [entry('inventory')] },
      { contexts: ['shipping'], items: [entry('shipping')] },
    ]);
    expect(items).toEqual([
      {
        ...entry('inventory'),
        consumers: [...entry('inventory').consumers, ...entry('shipping').consumers],
      },
    ]);
    expect(conflicts).toEqual([]);
  });

  it('names an event two processes describe differently, and shows the producer’s description', () => {
    const { items, conflicts } = mergeCatalogs([
      { contexts: ['shipping'], items: [entry('shipping', 'old')] },
      { contexts: ['ordering'], items: [entry('inventory', 'new')] },
    ]);
    expect(items[0]!.description).toBe('new');
    expect(conflicts).toEqual(['ordering.OrderPaid.v1']);
  });
});

describe('mergeAsyncApi', () => {
  it('adds the channels, operations and messages of the others; the producer’s process wins a conflict', () => {
    const doc = (summary: string, operation: string) => ({
      channels: { shipping_ShipmentCreated_v1: { summary } },
      operations: { [operation]: { action: 'receive' } },
      components: { messages: { shipping_ShipmentCreated_v1: { summary } } },
    });
    const merged: any = mergeAsyncApi(
      doc('ours', 'ordering_receives'),
      ['ordering'],
      [{ process: shipping, document: doc('theirs', 'shipping_publishes'), state: 'stale' }],
    );
    expect(Object.keys(merged.operations).sort()).toEqual([
      'ordering_receives',
      'shipping_publishes',
    ]);
    expect(merged.channels.shipping_ShipmentCreated_v1.summary).toBe('theirs');
    expect(merged['x-emporium-processes'][0]).toMatchObject({
      state: 'stale',
      conflicts: ['shipping_ShipmentCreated_v1'],
    });
  });
});
