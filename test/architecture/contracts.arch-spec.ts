import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTEXT_NAMES } from '../../src/app/contexts.js';
import { allContracts } from '../../src/app/contracts.js';
import type { EventContract } from '../../src/platform/messaging/contract.js';
import {
  compareWithSnapshots,
  describeReport,
  snapshotPath,
} from '../../src/platform/messaging/contract-snapshots.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('integration event compatibility gate', () => {
  let contracts: EventContract[];
  beforeAll(async () => {
    contracts = await allContracts();
  });

  it('knows the events of every context', () => {
    expect(CONTEXT_NAMES.length).toBeGreaterThan(1);
    expect(contracts.map((c) => c.name)).toEqual(
      expect.arrayContaining(['catalog.ProductCreated.v1', 'catalog.ProductPriceChanged.v1']),
    );
  });

  it('finds every published version unchanged or compatibly evolved against its committed schema', () => {
    const problems = describeReport(compareWithSnapshots(ROOT, contracts));
    expect(problems).toEqual([]);
  });

  describe('on a copy of the committed schemas', () => {
    let root: string;
    const contract = () => contracts.find((c) => c.name === 'catalog.ProductCreated.v1')!;

    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'emporium-contracts-'));
      cpSync(join(ROOT, 'src/contexts'), join(root, 'src/contexts'), {
        recursive: true,
        // Relative, so that a checkout under a folder named domain or application still copies.
        filter: (path) => !/\/(application|domain)(\/|$)/.test(path.slice(ROOT.length)),
      });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const editSnapshot = (edit: (schema: any) => void) => {
      const path = snapshotPath(root, contract());
      const schema = JSON.parse(readFileSync(path, 'utf8'));
      edit(schema);
      writeFileSync(path, JSON.stringify(schema));
    };

    it('fails when a published version lost a field, naming it and saying to publish v2', () => {
      // As if the committed v1 had a field the code no longer sends.
      editSnapshot((schema) => {
        schema.properties.legacyCode = { type: 'string' };
        schema.required.push('legacyCode');
      });
      const problems = describeReport(compareWithSnapshots(root, contracts));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('catalog.ProductCreated.v1 changed incompatibly');
      expect(problems[0]).toContain('payload.legacyCode was removed or renamed');
      expect(problems[0]).toContain('publish a new version (catalog.ProductCreated.v2)');
    });

    it('fails when a published version changed a type', () => {
      editSnapshot((schema) => {
        schema.properties.weightGrams = { type: 'string' };
      });
      const [problem] = describeReport(compareWithSnapshots(root, contracts));
      expect(problem).toContain('payload.weightGrams changed type from "string" to "integer"');
    });

    it('treats a newly required field as breaking and a relaxed constraint as a compatible evolution', () => {
      editSnapshot((schema) => {
        delete schema.properties.category;
        schema.required = schema.required.filter((name: string) => name !== 'category');
      });
      // category is required in the code: for an old consumer that is a new required field.
      expect(describeReport(compareWithSnapshots(root, contracts))[0]).toContain(
        'payload.category is a new required field',
      );
      editSnapshot((schema) => {
        schema.properties.category = { type: 'string', minLength: 1 };
        schema.required.push('category');
        delete schema.properties.name.minLength;
      });
      const report = compareWithSnapshots(root, contracts);
      expect(describeReport(report)).toEqual([]);
      expect(report.evolved).toEqual(['catalog.ProductCreated.v1']);
    });

    it('fails when a version has no committed schema, or a committed one lost its contract', () => {
      rmSync(snapshotPath(root, contract()));
      writeFileSync(
        join(root, 'src/contexts/catalog/contracts/schemas/catalog.ProductRetired.v1.json'),
        '{}',
      );
      const problems = describeReport(compareWithSnapshots(root, contracts));
      expect(problems).toEqual([
        expect.stringContaining(
          'catalog.ProductCreated.v1 has no committed schema: run `npm run contracts:snapshot`',
        ),
        expect.stringContaining('catalog.ProductRetired.v1 has a committed schema but no contract'),
      ]);
    });
  });
});
