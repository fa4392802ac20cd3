import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Type } from '@nestjs/common';

/** The suffix that makes a file a handler file. */
export const HANDLER_FILE = '.handler';

/**
 * The handlers of a context, found by name instead of kept in a list: every
 * class exported by a `*.handler.ts` file under the context's application/
 * folder — its command, query and integration event handlers. The context's
 * module provides them (`...(await handlersOf(import.meta.dirname))`), so a
 * new handler needs no registration.
 */
export async function handlersOf(contextFolder: string): Promise<Type[]> {
  const folder = join(contextFolder, 'application');
  // The sources under jest and tsc, the compiled files once built.
  const extension = extname(import.meta.filename);
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`${HANDLER_FILE}${extension}`))
    .sort();
  const handlers: Type[] = [];
  for (const file of files) {
    const exported = (await import(pathToFileURL(join(folder, file)).href)) as object;
    handlers.push(
      ...Object.values(exported).filter((value): value is Type => typeof value === 'function'),
    );
  }
  return handlers;
}
