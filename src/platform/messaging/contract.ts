import { type Static, type TObject } from '@sinclair/typebox';

/**
 * An integration event contract: a versioned name, the producing context and
 * the JSON Schema of its payload. The TypeBox schema is the one source of
 * truth — the TypeScript type is derived from it (`PayloadOf<C>`), and it is the
 * JSON Schema that is validated, published in the catalog and snapshotted.
 */
export interface EventContract<S extends TObject = TObject> {
  /** `catalog.ProductCreated` */
  readonly type: string;
  readonly version: number;
  /** `catalog.ProductCreated.v1`: the name on the wire. */
  readonly name: string;
  /** The producing context. */
  readonly producer: string;
  readonly description: string;
  readonly schema: S;
}

export type PayloadOf<C extends EventContract> = Static<C['schema']>;

/**
 * Defines a contract. Nothing is registered: a process knows the contracts of
 * the contexts it hosts (see `HostedEvents`).
 */
export function defineEvent<S extends TObject>(definition: {
  producer: string;
  type: string;
  version: number;
  description: string;
  schema: S;
}): EventContract<S> {
  const qualified = `${definition.producer}.${definition.type}`;
  const name = `${qualified}.v${definition.version}`;
  if (!/^[a-z]+\.[A-Z][A-Za-z]+\.v[1-9][0-9]*$/.test(name)) {
    throw new Error(`event name ${name} must look like context.EventName.v1`);
  }
  return { ...definition, type: qualified, name };
}

/** Contracts by name, sorted; fails when two different contracts share a name. */
export function contractsByName(contracts: Iterable<EventContract>): Map<string, EventContract> {
  const byName = new Map<string, EventContract>();
  for (const contract of contracts) {
    const existing = byName.get(contract.name);
    if (existing && JSON.stringify(existing.schema) !== JSON.stringify(contract.schema)) {
      throw new Error(`two different contracts are named ${contract.name}`);
    }
    byName.set(contract.name, existing ?? contract);
  }
  return new Map([...byName].sort(([a], [b]) => a.localeCompare(b)));
}
