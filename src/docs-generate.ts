import { CONTEXT_MODULES } from './app/contexts.js';
import { architectureDocs, writeDocs } from './platform/observability/architecture-docs.js';

/**
 * `npm run docs:generate`: writes the context map and the event catalog into
 * docs/ from the contracts and handler registrations of every context.
 */
const changed = writeDocs(process.cwd(), architectureDocs(CONTEXT_MODULES));
for (const path of changed) process.stdout.write(`wrote ${path}\n`);
process.stdout.write(changed.length === 0 ? 'docs are current\n' : '');
