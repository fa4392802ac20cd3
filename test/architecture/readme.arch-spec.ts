import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PER_CONTEXT_SETTINGS, SETTINGS } from '../../src/platform/config/config.js';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README configuration table', () => {
  it.each(Object.entries(SETTINGS))('documents %s with its default', (name, setting) => {
    const row = README.split('\n').find((line) => new RegExp(`^\\| \`${name}\` +\\|`).test(line));
    expect(row).toBeDefined();
    const defaultCell = row!.split('|')[2]!.trim();
    expect(defaultCell).toBe(
      setting.defaultValue === undefined ? '—' : `\`${setting.defaultValue}\``,
    );
  });

  it('lists no variable the code does not read', () => {
    const documented = [...README.matchAll(/^\| `([A-Z_<>]+)` +\|/gm)].map((m) => m[1]);
    const known = [...Object.keys(SETTINGS), ...PER_CONTEXT_SETTINGS];
    expect(documented).toHaveLength(known.length);
    expect(documented.filter((name) => !known.includes(name!))).toEqual([]);
  });
});
