import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The lines of `text` that git left from a merge it could not finish. */
const mergeMarkers = (text: string): number[] =>
  text
    .split('\n')
    .flatMap((line, index) =>
      /^(<{7}|>{7}) /.test(line) || line === '='.repeat(7) ? [index + 1] : [],
    );

describe('no merge left half done', () => {
  it('finds the markers of an unfinished merge', () => {
    const half = [
      'text',
      `${'<'.repeat(7)} HEAD`,
      'ours',
      '='.repeat(7),
      'theirs',
      `${'>'.repeat(7)} branch`,
    ];
    expect(mergeMarkers(half.join('\n'))).toEqual([2, 4, 6]);
    expect(
      mergeMarkers('a table\n| --- |\n======= underline of a heading is longer or shorter'),
    ).toEqual([]);
  });

  it('leaves no marker in any file the repository tracks', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => /\.(ts|mts|mjs|cjs|js|json|md|ya?ml|sh|sql)$|^\.ci\/run$/.test(file));
    const marked = files.flatMap((file) => {
      const lines = mergeMarkers(readFileSync(resolve(ROOT, file), 'utf8'));
      return lines.length > 0 ? [`${file}: ${lines.join(', ')}`] : [];
    });
    expect(marked).toEqual([]);
  });
});
