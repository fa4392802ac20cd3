import type { ContextShape } from './system-shape.js';

const id = (name: string) => `ctx_${name}`;

/**
 * The context map as a Mermaid flowchart: one node per context (with the
 * process that hosts it, when known), a solid arrow from producer to consumer
 * labelled with the events, a dotted arrow from caller to server for each
 * public query.
 */
export function contextMapMermaid(
  shape: readonly ContextShape[],
  hostOf: (context: string) => string | undefined = () => undefined,
): string {
  const lines = ['flowchart LR'];
  for (const context of shape) {
    const host = hostOf(context.name);
    lines.push(
      `  ${id(context.name)}["${context.name}${host ? `<br/><small>${host}</small>` : ''}"]`,
    );
  }
  for (const consumer of shape) {
    const byProducer = new Map<string, Set<string>>();
    for (const { event } of consumer.consumes) {
      const [producer, type] = event.split('.');
      if (!producer || producer === consumer.name) continue;
      byProducer.set(
        producer,
        (byProducer.get(producer) ?? new Set()).add(`${type}.${event.split('.')[2]}`),
      );
    }
    for (const [producer, events] of [...byProducer].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(
        `  ${id(producer)} -- "${[...events].sort().join('<br/>')}" --> ${id(consumer.name)}`,
      );
    }
  }
  for (const caller of shape) {
    for (const call of caller.calls) {
      lines.push(`  ${id(caller.name)} -. "query: ${call.query}" .-> ${id(call.context)}`);
    }
  }
  return lines.join('\n');
}
