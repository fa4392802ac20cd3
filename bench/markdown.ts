/** A figure with `digits` decimals, or – when there is none. */
export const f = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);

/** A ratio as `1.23×`, or – when there is none. */
export const x = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${value.toFixed(2)}×`;

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
