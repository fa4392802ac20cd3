import type { Type } from '@nestjs/common';
import { CatalogModule } from '../contexts/catalog/catalog.module.js';

/** Every bounded context the shop is composed of, by name. */
export const CONTEXT_MODULES: Readonly<Record<string, Type>> = {
  catalog: CatalogModule,
};

export const CONTEXT_NAMES = Object.keys(CONTEXT_MODULES);

/** Resolves the CONTEXTS setting to modules, refusing unknown names. */
export function selectContexts(selection: 'all' | readonly string[]): Type[] {
  const names = selection === 'all' ? CONTEXT_NAMES : selection;
  const unknown = names.filter((name) => !(name in CONTEXT_MODULES));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(
      `Invalid configuration: CONTEXTS must be "all" or a list of ${CONTEXT_NAMES.join(', ')}` +
        (unknown.length ? ` (unknown: ${unknown.join(', ')})` : ' (it is empty)'),
    );
  }
  return names.map((name) => CONTEXT_MODULES[name]!);
}
