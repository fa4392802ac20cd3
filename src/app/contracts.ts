import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contractsByName, type EventContract } from '../platform/messaging/contract.js';
import { CONTEXT_NAMES } from './contexts.js';

const isContract = (value: unknown): value is EventContract =>
  typeof value === 'object' &&
  value !== null &&
  ['name', 'producer', 'version', 'schema'].every((key) => key in value);

/**
 * Every integration event contract of every context, whatever this process
 * hosts: the snapshots and the compatibility gate need them all. Found in the
 * contexts' `contracts/` folders, so a new event needs no list of its own.
 */
export async function allContracts(): Promise<EventContract[]> {
  // The sources under jest, the compiled files once built.
  const extension = extname(import.meta.filename);
  const found: EventContract[] = [];
  for (const context of CONTEXT_NAMES) {
    const folder = join(import.meta.dirname, '../contexts', context, 'contracts');
    if (!existsSync(folder)) continue; // a context that publishes nothing
    for (const file of readdirSync(folder)) {
      if (extname(file) !== extension || file.endsWith('.d.ts')) continue;
      const exported = (await import(pathToFileURL(join(folder, file)).href)) as object;
      found.push(...Object.values(exported).filter(isContract));
    }
  }
  return [...contractsByName(found).values()];
}
