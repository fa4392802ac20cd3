import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const HANDLER_MARK = /^@(CommandHandler|QueryHandler|OnIntegrationEvent)\(/m;

/**
 * Where handlers must live, since a context's module finds them by file name
 * (`handlersOf`): one handler class per `*.handler.ts` file, exporting nothing
 * else, in the folder of its use case under application/. A handler anywhere else would silently not
 * be provided.
 */
function misplacedHandlers(root: string): string[] {
  const contexts = join(root, 'src/contexts');
  const problems: string[] = [];
  for (const file of readdirSync(contexts, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
    const text = readFileSync(join(contexts, file), 'utf8');
    const marked = HANDLER_MARK.test(text);
    const classes = text.match(/^export class /gm)?.length ?? 0;
    if (marked && !file.endsWith('.handler.ts')) {
      problems.push(`${file}: a handler must live in a *.handler.ts file`);
    } else if (file.endsWith('.handler.ts') && !/^[^/]+\/application\/[^/]+\/[^/]+$/.test(file)) {
      problems.push(`${file}: a handler file belongs in application/<use-case>/`);
    } else if (file.endsWith('.handler.ts') && classes !== 1) {
      problems.push(`${file}: a handler file exports one handler class, found ${classes}`);
    } else if (file.endsWith('.handler.ts') && /^export (?!class )/m.test(text)) {
      // Everything it exports becomes a provider of the context's module.
      problems.push(`${file}: a handler file exports its handler class only`);
    }
  }
  return problems;
}

describe('layout of handlers (found by file name)', () => {
  it('finds every handler of the real tree in its own *.handler.ts file, one folder per use case', () => {
    expect(misplacedHandlers(ROOT)).toEqual([]);
  });

  it('names each handler that is out of place', () => {
    const root = mkdtempSync(join(tmpdir(), 'emporium-layout-'));
    const handler = (name: string) => `@OnIntegrationEvent(ThingV1)\nexport class ${name} {}\n`;
    const files: Record<string, string> = {
      'src/contexts/sales/application/open/open-on-thing.handler.ts': handler('OpenOnThing'),
      'src/contexts/sales/application/keep/keep.handlers.ts': handler('KeepOnThing'),
      'src/contexts/sales/application/count.handler.ts': handler('CountOnThing'),
      'src/contexts/sales/application/pair/pair.handler.ts': handler('A') + handler('B'),
      'src/contexts/sales/application/mix/mix.handler.ts': `export const LIMIT = 5;\n${handler('Mix')}`,
    };
    try {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      expect(misplacedHandlers(root).sort()).toEqual([
        'sales/application/count.handler.ts: a handler file belongs in application/<use-case>/',
        'sales/application/keep/keep.handlers.ts: a handler must live in a *.handler.ts file',
        'sales/application/mix/mix.handler.ts: a handler file exports its handler class only',
        'sales/application/pair/pair.handler.ts: a handler file exports one handler class, found 2',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
