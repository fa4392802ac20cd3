import type { DocumentPart, PartState, ShopProcesses } from './shop-processes.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** The object under `key`, or an empty one. */
const at = (parent: unknown, key: string): Json =>
  isObject(parent) && isObject(parent[key]) ? parent[key] : {};
/** The object under `key`, made if missing. */
const objectIn = (parent: Json, key: string): Json => (parent[key] = at(parent, key));

/** What a merged document says of each process that contributed: `x-emporium-processes`. */
interface PartReport {
  readonly baseUrl: string;
  readonly contexts: readonly string[];
  readonly state: PartState;
  /** Names the process gives something different from this process (renamed or set aside). */
  readonly conflicts: readonly string[];
}

const PROCESSES_EXTENSION = 'x-emporium-processes';

const COMPONENT_REF = /^#\/components\/([^/]+)\/([^/]+)$/;

function refsOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsOf(inner, found);
    }
  }
  return found;
}

/** Every component `roots` refer to, directly or through other components. */
function reachableComponents(document: Json, roots: unknown): Set<string> {
  const seen = new Set<string>();
  const queue = refsOf(roots);
  while (queue.length > 0) {
    const ref = queue.pop()!;
    const match = COMPONENT_REF.exec(ref);
    if (!match || seen.has(ref)) continue;
    seen.add(ref);
    refsOf(at(document.components, match[1]!)[match[2]!], queue);
  }
  return seen;
}

/**
 * Whether two parts describe the same thing, as they travel: JSON text (an
 * absent member and an undefined one are the same; processes of one build
 * write members in the same order).
 */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A deep copy of JSON with each `$ref` renamed as `renames` says. */
function renamed<T>(value: T, renames: ReadonlyMap<string, string> = new Map()): T {
  return JSON.parse(JSON.stringify(value), (key, inner: unknown) =>
    key === '$ref' && typeof inner === 'string' ? (renames.get(inner) ?? inner) : inner,
  ) as T;
}

const underPrefix = (path: string, prefixes: readonly string[]) =>
  prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * This process's OpenAPI document with each remote process's routes: the
 * paths it answers for this base URL (its contexts' route prefixes, the ones
 * the gateway forwards), the components they use, and their tags. A component
 * of the same name and the same content is kept once; the same name with other
 * content (two versions of the build in one deployment) is kept under the
 * remote's name, `<context>.<Name>`, its references renamed, and reported in
 * `x-emporium-processes`, never silently replaced.
 */
export function mergeOpenApi(own: Json, parts: readonly DocumentPart[]): Json {
  const merged = renamed(own);
  const components = objectIn(merged, 'components');
  const paths = objectIn(merged, 'paths');
  const tags = Array.isArray(merged.tags) ? (merged.tags as Json[]) : [];
  const reports: PartReport[] = [];
  for (const { process, document, state } of parts) {
    const conflicts: string[] = [];
    reports.push({ baseUrl: process.baseUrl, contexts: process.contexts, state, conflicts });
    if (!document) continue;
    const theirPaths = Object.fromEntries(
      Object.entries(at(document, 'paths')).filter(
        ([path]) => underPrefix(path, process.prefixes) && !(path in paths),
      ),
    );
    const refs = reachableComponents(document, theirPaths);
    const theirs = (ref: string) => {
      const [, kind, name] = COMPONENT_REF.exec(ref)!;
      return { kind: kind!, name: name! };
    };
    const renames = new Map<string, string>();
    for (const ref of refs) {
      const { kind, name } = theirs(ref);
      const ours = at(components, kind)[name];
      if (ours !== undefined && !sameJson(ours, at(document.components, kind)[name])) {
        renames.set(ref, `#/components/${kind}/${process.contexts[0]}.${name}`);
        conflicts.push(`${kind}/${name}`);
      }
    }
    for (const ref of refs) {
      const { kind, name } = theirs(ref);
      const as = theirs(renames.get(ref) ?? ref).name;
      const kept = objectIn(components, kind);
      kept[as] ??= renamed(at(document.components, kind)[name], renames);
    }
    Object.assign(paths, renamed(theirPaths, renames));
    const used = new Set(
      Object.values(theirPaths).flatMap((item) =>
        Object.values(isObject(item) ? item : {}).flatMap((operation) =>
          isObject(operation) && Array.isArray(operation.tags) ? (operation.tags as string[]) : [],
        ),
      ),
    );
    for (const tag of (Array.isArray(document.tags) ? document.tags : []) as Json[]) {
      if (used.has(tag.name as string) && !tags.some((ours) => ours.name === tag.name))
        tags.push(tag);
    }
  }
  merged.paths = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
  if (tags.length > 0) merged.tags = tags;
  merged[PROCESSES_EXTENSION] = reports;
  return merged;
}

/** The context that publishes an event, from its name or its AsyncAPI key (`catalog.X.v1`, `catalog_X_v1`). */
const producerOf = (key: string) => key.split(/[._]/)[0]!;

/**
 * This process's AsyncAPI document with each remote process's channels,
 * operations and messages. Two processes that describe one event differently
 * (two versions of a contract in one deployment) keep the description of the
 * process that hosts its producer, and the event is named in
 * `x-emporium-processes`' conflicts.
 */
export function mergeAsyncApi(
  own: Json,
  ownContexts: readonly string[],
  parts: readonly DocumentPart[],
): Json {
  const merged = renamed(own);
  const reports: PartReport[] = [];
  const ownsProducer = (contexts: readonly string[]) => (key: string) =>
    contexts.includes(producerOf(key)) && !ownContexts.includes(producerOf(key));
  for (const { process, document, state } of parts) {
    const conflicts: string[] = [];
    reports.push({ baseUrl: process.baseUrl, contexts: process.contexts, state, conflicts });
    if (!document) continue;
    const prefer = ownsProducer(process.contexts);
    unionInto(objectIn(merged, 'channels'), at(document, 'channels'), prefer, conflicts);
    unionInto(objectIn(merged, 'operations'), at(document, 'operations'), prefer, conflicts);
    const messages = objectIn(objectIn(merged, 'components'), 'messages');
    unionInto(messages, at(document.components, 'messages'), prefer, conflicts);
  }
  merged[PROCESSES_EXTENSION] = reports;
  return merged;
}

/** Adds `source`'s entries to `target`; a different entry under a known key replaces it only if `prefer` says so. */
function unionInto(
  target: Json,
  source: Json,
  prefer: (key: string) => boolean,
  conflicts: string[],
): void {
  for (const [key, value] of Object.entries(source)) {
    if (!(key in target)) target[key] = value;
    else if (!sameJson(target[key], value)) {
      if (!conflicts.includes(key)) conflicts.push(key);
      if (prefer(key)) target[key] = value;
    }
  }
}

interface CatalogEntry {
  readonly name: string;
  readonly producer: string;
  readonly consumers: readonly { readonly context: string; readonly handler: string }[];
}

/**
 * Event catalogs of several processes as one: each event once, its consumers
 * in every process; the description (schema, example…) of the process that
 * hosts the producer wins, and an event two processes describe differently is
 * named in `conflicts`.
 */
export function mergeCatalogs<T extends CatalogEntry>(
  catalogs: readonly { readonly contexts: readonly string[]; readonly items: readonly T[] }[],
): { items: T[]; conflicts: string[] } {
  const byName = new Map<string, { entry: T; fromProducer: boolean }>();
  const conflicts = new Set<string>();
  for (const { contexts, items } of catalogs) {
    for (const entry of items) {
      const fromProducer = contexts.includes(entry.producer);
      const known = byName.get(entry.name);
      if (!known) {
        byName.set(entry.name, { entry, fromProducer });
        continue;
      }
      const consumers = [
        ...new Map(
          [...known.entry.consumers, ...entry.consumers].map((c) => [c.handler, c]),
        ).values(),
      ].sort((a, b) => a.handler.localeCompare(b.handler));
      const { consumers: _mine, ...described } = known.entry;
      const { consumers: _theirs, ...theirs } = entry;
      if (!sameJson(described, theirs)) conflicts.add(entry.name);
      const wins = fromProducer && !known.fromProducer ? entry : known.entry;
      byName.set(entry.name, {
        entry: { ...wins, consumers },
        fromProducer: fromProducer || known.fromProducer,
      });
    }
  }
  const items = [...byName.values()]
    .map(({ entry }) => entry)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { items, conflicts: [...conflicts].sort() };
}

/** Whether a document request asks for this process's own part only (`?scope=process`). */
const asksProcessOnly = (url: string) =>
  new URL(url, 'http://localhost').searchParams.get('scope') === 'process';

/**
 * /openapi.json (and /docs) at one base URL: this process's document with the
 * other processes' routes, asked of them when a client asks for it (cached a
 * few seconds; nothing on the path of ordinary requests). `?scope=process`
 * gives this process's own document, which is what the others ask for.
 */
export const openApiOfShop =
  (processes: ShopProcesses) =>
  async <T extends object>(own: T, url: string): Promise<T> =>
    asksProcessOnly(url)
      ? own
      : (mergeOpenApi(own as Json, await processes.documentParts('/openapi.json')) as T);
