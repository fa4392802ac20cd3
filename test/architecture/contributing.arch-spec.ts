import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
/** The documents whose TypeScript snippets are files of the project, each named above it. */
const DOCUMENTS = ['CONTRIBUTING.md', 'docs/messaging.md'];

/** Each `<!-- file: path -->` followed by a ```ts block, with the block's indentation removed. */
function snippets(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, path, indent, code] of markdown.matchAll(
    /<!-- file: (\S+) -->\n\s*\n?( *)```ts\n([\s\S]*?)\n *```/g,
  )) {
    const text = code!
      .split('\n')
      .map((line) => line.slice(indent!.length))
      .join('\n');
    found.set(join(ROOT, path!), `${text}\n`);
  }
  return found;
}

const ancestors = (path: string): string[] =>
  path === dirname(path) ? [] : [dirname(path), ...ancestors(dirname(path))];

/**
 * Typechecks `files` (absolute path → content) as if they were in the source
 * tree: a new path is added, an existing one is replaced, everything else is
 * the real code. Answers the diagnostics, one line each.
 */
function typecheck(files: Map<string, string>): string[] {
  const { config } = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) =>
    ts.sys.readFile(path),
  ) as { config: unknown };
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const host = ts.createCompilerHost({ ...options, noEmit: true });
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (path) => files.get(resolve(path)) ?? readFile(path);
  host.fileExists = (path) => files.has(resolve(path)) || fileExists(path);
  const folders = new Set([...files.keys()].flatMap((path) => ancestors(path)));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (path) => folders.has(resolve(path)) || (directoryExists?.(path) ?? false);
  const program = ts.createProgram([...files.keys()], { ...options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.replace(`${ROOT}/`, '')}:${
          diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1
        }: `
      : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

const documented = new Map(
  DOCUMENTS.flatMap((document) => [
    ...snippets(readFileSync(join(ROOT, document), 'utf8')).entries(),
  ]),
);

describe('the snippets of CONTRIBUTING.md and docs/messaging.md', () => {
  it('are found, each under the name of its file', () => {
    const paths = [...documented.keys()].map((path) => path.replace(`${ROOT}/`, ''));
    expect(paths).toEqual(
      expect.arrayContaining([
        'src/contexts/catalog/application/change-price/change-price.handler.ts',
        'src/contexts/loyalty/infrastructure/loyalty.database.ts',
        'src/contexts/loyalty/loyalty.module.ts',
        'src/contexts/catalog/contracts/product-created.v1.ts',
      ]),
    );
  });

  it('compile against the real code', () => {
    expect(typecheck(documented)).toEqual([]);
  });

  it('fail the check when one stops compiling', () => {
    const broken = new Map(documented);
    const path = join(ROOT, 'src/contexts/loyalty/infrastructure/loyalty.database.ts');
    // As the old walkthrough had it: the context inside the definition.
    broken.set(
      path,
      broken.get(path)!.replace('unitOfWork: LoyaltyUnitOfWork,', "context: 'loyalty',"),
    );
    expect(typecheck(broken)).toEqual([
      expect.stringContaining('src/contexts/loyalty/infrastructure/loyalty.database.ts:'),
    ]);
  });
});
