import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';

/**
 * A repository's lookup of an aggregate by a unique key (an order's
 * reservation, payment or shipment), which a batch can make for many keys in
 * one read (`many`, a handler's preload): for the rest of that unit of work a
 * lookup of one of those keys is answered from that read — found or not —
 * without a query. A unit that read nothing in advance queries as usual.
 */
export class LookupByKey<T extends object> {
  /** Per unit of work (its EntityManager): what a read in advance found for each key, or null. */
  private readonly known = new WeakMap<EntityManager, Map<string, T | null>>();

  constructor(
    private readonly db: { readonly em: EntityManager },
    private readonly entity: EntityName<T>,
    /** A property holding a string: the unique key. */
    private readonly key: keyof T & string,
  ) {}

  async one(value: string): Promise<T | null> {
    const known = this.known.get(this.db.em)?.get(value);
    if (known !== undefined) return known;
    return this.db.em.findOne(this.entity, this.where(value));
  }

  async many(values: readonly string[]): Promise<T[]> {
    const { em } = this.db;
    const found = await em.find(this.entity, this.where({ $in: [...new Set(values)] }));
    let known = this.known.get(em);
    if (!known) this.known.set(em, (known = new Map<string, T | null>()));
    for (const value of values) known.set(value, null);
    for (const entity of found) known.set(this.keyOf(entity), entity);
    return found;
  }

  /** An aggregate the unit saves: a later lookup of its key in the unit finds it. */
  saved(entity: T): void {
    this.known.get(this.db.em)?.set(this.keyOf(entity), entity);
  }

  private keyOf(entity: T): string {
    return entity[this.key] as string;
  }

  private where(value: unknown): FilterQuery<NoInfer<T>> {
    return { [this.key]: value } as FilterQuery<NoInfer<T>>;
  }
}
