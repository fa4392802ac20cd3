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

const registry = new Map<string, EventContract>();

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
  const contract: EventContract<S> = { ...definition, type: qualified, name };
  const existing = registry.get(name);
  if (existing && existing !== contract) {
    if (JSON.stringify(existing.schema) !== JSON.stringify(contract.schema)) {
      throw new Error(`two different contracts are named ${name}`);
    }
    return existing as EventContract<S>;
  }
  registry.set(name, contract);
  return contract;
}

/** Every contract defined in this process (all contexts' contracts are imported by the composition root). */
export function allContracts(): EventContract[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function contractNamed(name: string): EventContract | undefined {
  return registry.get(name);
}
