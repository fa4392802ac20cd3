/** Prometheus text exposition as `name{labels}` → value (comments and blank lines skipped). */
export function parseExposition(text: string): Map<string, number> {
  const series = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    series.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return series;
}

/** The series that changed between two scrapes of one family (prefix), with their difference. */
export function changes(
  before: Map<string, number>,
  after: Map<string, number>,
  family: string,
): Record<string, number> {
  const moved: Record<string, number> = {};
  for (const [key, value] of after) {
    if (!key.startsWith(`${family}{`)) continue;
    const delta = value - (before.get(key) ?? 0);
    if (delta !== 0) moved[key] = delta;
  }
  return moved;
}

/** Sum of every series of a family whose labels contain all of `labels` (`key="value"`). */
export function total(series: Map<string, number>, family: string, ...labels: string[]): number {
  let sum = 0;
  for (const [key, value] of series)
    if (key.startsWith(`${family}{`) && labels.every((label) => key.includes(label))) sum += value;
  return sum;
}
