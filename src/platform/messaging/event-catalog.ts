import type { EventContract } from './contract.js';
import { EnvelopeSchema } from './envelope.js';
import type { HostedEvents } from './hosted-events.js';
import { exampleOf } from './schema-example.js';

export interface CatalogEntry {
  readonly name: string;
  readonly type: string;
  readonly version: number;
  readonly producer: string;
  readonly description: string;
  readonly consumers: readonly { readonly context: string; readonly handler: string }[];
  readonly schema: object;
  /** A payload made from the schema, to show its shape. */
  readonly example: unknown;
}

/** JSON of a TypeBox schema without TypeBox's symbol-keyed metadata. */
export const plainSchema = (schema: object): object => JSON.parse(JSON.stringify(schema)) as object;

/** Every integration event this process knows, with its schema, producer and the consumers hosted here. */
export function eventCatalog({
  contracts,
  handlers,
}: {
  readonly contracts: HostedEvents['contracts'];
  readonly handlers: readonly Pick<
    HostedEvents['handlers'][number],
    'contracts' | 'context' | 'name'
  >[];
}): CatalogEntry[] {
  return [...contracts.values()].map((contract: EventContract) => ({
    name: contract.name,
    type: contract.type,
    version: contract.version,
    producer: contract.producer,
    description: contract.description,
    consumers: handlers
      .filter((handler) => handler.contracts.some((handled) => handled.name === contract.name))
      .map((handler) => ({ context: handler.context, handler: handler.name }))
      .sort((a, b) => a.handler.localeCompare(b.handler)),
    schema: plainSchema(contract.schema),
    example: exampleOf(plainSchema(contract.schema)),
  }));
}

/**
 * The catalog as an AsyncAPI 3.0 document: one channel per event name, one
 * message with the envelope (its `payload` per the event's schema), a send
 * operation for the producer and a receive operation per consumer.
 */
export function asyncApiDocument(
  version: string,
  catalog: readonly CatalogEntry[],
): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const key = (name: string) => name.replace(/\./g, '_');
  for (const entry of catalog) {
    const id = key(entry.name);
    const envelope = plainSchema(EnvelopeSchema) as { properties: Record<string, unknown> };
    messages[id] = {
      name: entry.name,
      title: entry.name,
      summary: entry.description,
      contentType: 'application/json',
      payload: {
        ...envelope,
        properties: {
          ...envelope.properties,
          name: { type: 'string', const: entry.name },
          version: { type: 'integer', const: entry.version },
          source: { type: 'string', const: entry.producer },
          payload: entry.schema,
        },
      },
    };
    channels[id] = {
      address: entry.name,
      description: entry.description,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    operations[`${entry.producer}_publishes_${id}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      summary: `${entry.producer} publishes ${entry.name}`,
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
    for (const consumer of entry.consumers) {
      operations[`${key(consumer.handler)}_receives_${id}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${id}` },
        summary: `${consumer.handler} handles ${entry.name}`,
        messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Emporium integration events',
      version,
      description:
        'Events the bounded contexts publish to each other. Delivered at least once, in order per aggregate; consumers deduplicate by envelope id.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}
