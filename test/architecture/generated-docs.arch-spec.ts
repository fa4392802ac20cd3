import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTEXT_MODULES } from '../../src/app/contexts.js';
import { architectureDocs, staleDocs } from '../../src/platform/observability/architecture-docs.js';

const ROOT = resolve(import.meta.dirname, '../..');
const docs = architectureDocs(CONTEXT_MODULES);

describe('docs generated from the code', () => {
  it('are current (run `npm run docs:generate` and commit docs/ if this fails)', () => {
    expect(staleDocs(ROOT, docs)).toEqual([]);
  });

  it('name every context, event and consumer the code has', () => {
    const map = docs[0]!.render(undefined);
    for (const name of Object.keys(CONTEXT_MODULES)) expect(map).toContain(`ctx_${name}[`);
    expect(map).toContain('ctx_ordering -. "query: ShippingQuotes" .-> ctx_shipping');
    const catalog = docs[1]!.render(undefined);
    expect(catalog).toContain('## ordering.OrderPlaced.v1');
    expect(catalog).toContain('`inventory.ReserveStockOnOrderPlaced`');
  });

  describe('the staleness check', () => {
    let copy: string;
    beforeEach(() => {
      copy = mkdtempSync(join(tmpdir(), 'emporium-docs-'));
      cpSync(join(ROOT, 'docs'), join(copy, 'docs'), { recursive: true });
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    it('fails on an edited generated page', () => {
      writeFileSync(join(copy, 'docs/generated/event-catalog.md'), '# Event catalog\n\nstale\n');
      expect(staleDocs(copy, docs)).toEqual(['docs/generated/event-catalog.md']);
    });

    it('fails on a hand-edited map in architecture.md', () => {
      const path = join(copy, 'docs/architecture.md');
      const text = docs[2]!.render(readFileSync(path, 'utf8'));
      writeFileSync(path, text.replace('ctx_ordering -. ', 'ctx_catalog -. '));
      expect(staleDocs(copy, docs)).toEqual(['docs/architecture.md']);
    });

    it('fails on a missing page', () => {
      rmSync(join(copy, 'docs/generated/context-map.md'));
      expect(staleDocs(copy, docs)).toEqual(['docs/generated/context-map.md']);
    });
  });
});
