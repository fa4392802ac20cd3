import {
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type Platform,
  ReferenceKind,
} from '@mikro-orm/postgresql';

/** One entity class's insert: its statement, and how to read its parameters from an instance. */
interface Insertion {
  readonly sql: string;
  readonly params: (entity: object) => unknown[];
}

const insertions = new WeakMap<EntityMetadata, Insertion>();

/**
 * The insert of a new entity as one statement with bound parameters, made
 * from its ORM mapping (columns, custom types such as JSON, flattened
 * embeddables, a version column starting at 1): the same row the ORM's flush
 * would write, without its change set and query builder (ADR 0035). Built
 * once per entity class.
 */
export function insertionOf(em: EntityManager, entity: object): { sql: string; params: unknown[] } {
  const meta = em.getMetadata().get(entity.constructor);
  let insertion = insertions.get(meta);
  if (!insertion) {
    const schema = meta.schema ?? em.config.get('schema');
    insertions.set(meta, (insertion = build(meta, schema, em.getPlatform())));
  }
  return { sql: insertion.sql, params: insertion.params(entity) };
}

function build(meta: EntityMetadata, schema: string | undefined, platform: Platform): Insertion {
  if (meta.root.discriminatorColumn) {
    throw new Error(`${meta.className}: an entity with inheritance cannot be inserted this way`);
  }
  const columns: string[] = [];
  const readers: ((entity: object) => unknown)[] = [];
  for (const prop of meta.props) {
    // An embeddable's own property stands for its flattened columns, which follow as properties of their own.
    if (prop.kind === ReferenceKind.EMBEDDED && !prop.object) continue;
    if (prop.persist === false) continue;
    if (prop.kind !== ReferenceKind.SCALAR || prop.fieldNames.length !== 1) {
      throw new Error(
        `${meta.className}.${prop.name}: only scalar and embedded columns can be inserted this way, not ${prop.kind}`,
      );
    }
    columns.push(platform.quoteIdentifier(prop.fieldNames[0]!));
    readers.push(reader(meta, prop, platform));
  }
  const table = [schema, meta.tableName]
    .filter((name) => name !== undefined)
    .map((name) => platform.quoteIdentifier(name))
    .join('.');
  const sql = `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
  return { sql, params: (entity) => readers.map((read) => read(entity)) };
}

function reader(
  meta: EntityMetadata,
  prop: EntityProperty,
  platform: Platform,
): (entity: object) => unknown {
  if (prop.version) return () => 1;
  const [owner, field] = prop.embedded ?? [];
  const raw = (entity: object): unknown => {
    const record = entity as Record<string, unknown>;
    const value = owner
      ? ((record[owner] as Record<string, unknown> | null | undefined)?.[field!] ?? null)
      : record[prop.name];
    // The flush would leave the column out and let its database default apply: one statement per class cannot.
    if (value === undefined) {
      throw new Error(
        `${meta.className}.${prop.name} is not set: an aggregate inserted this way sets every column`,
      );
    }
    return value;
  };
  const type = prop.customType;
  if (!type) return raw;
  return (entity) => {
    const value = raw(entity);
    return value == null
      ? null
      : (type.convertToDatabaseValue(value, platform, { mode: 'query' }) as unknown);
  };
}
