import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { breakingChanges, type Schema } from './compatibility.js';
import type { EventContract } from './contract.js';
import { plainSchema } from './event-catalog.js';

/** Where the committed schema of a published version lives: beside its producer's contracts. */
export const snapshotPath = (root: string, contract: EventContract) =>
  join(root, 'src/contexts', contract.producer, 'contracts/schemas', `${contract.name}.json`);

export interface SnapshotReport {
  /** Versions with no committed schema yet. */
  readonly missing: string[];
  /** Versions whose schema changed incompatibly, with what broke. */
  readonly broken: { name: string; problems: string[] }[];
  /** Versions that changed compatibly: their snapshot can be refreshed. */
  readonly evolved: string[];
  /** Committed schemas whose version no longer exists. */
  readonly orphaned: string[];
}

/** Compares every contract with its committed schema. */
export function compareWithSnapshots(
  root: string,
  contracts: readonly EventContract[],
): SnapshotReport {
  const report: SnapshotReport = { missing: [], broken: [], evolved: [], orphaned: [] };
  for (const contract of contracts) {
    const path = snapshotPath(root, contract);
    if (!existsSync(path)) {
      report.missing.push(contract.name);
      continue;
    }
    const committed = JSON.parse(readFileSync(path, 'utf8')) as Schema;
    const current = plainSchema(contract.schema) as Schema;
    const problems = breakingChanges(committed, current);
    if (problems.length > 0) report.broken.push({ name: contract.name, problems });
    else if (JSON.stringify(committed) !== JSON.stringify(current))
      report.evolved.push(contract.name);
  }
  const known = new Set(contracts.map((contract) => contract.name));
  const contexts = join(root, 'src/contexts');
  for (const context of existsSync(contexts) ? readdirSync(contexts) : []) {
    const folder = join(contexts, context, 'contracts/schemas');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) {
      const name = file.replace(/\.json$/, '');
      if (!known.has(name)) report.orphaned.push(name);
    }
  }
  return report;
}

/** Explains a failing report: what broke and what to do instead. */
export function describeReport(report: SnapshotReport): string[] {
  return [
    ...report.broken.map(
      ({ name, problems }) =>
        `${name} changed incompatibly (${problems.join('; ')}). A published version never changes shape: ` +
        `publish a new version (${name.replace(/\.v(\d+)$/, (_, v: string) => `.v${Number(v) + 1}`)}) next to it instead.`,
    ),
    ...report.missing.map(
      (name) =>
        `${name} has no committed schema: run \`npm run contracts:snapshot\` and commit the file.`,
    ),
    ...report.orphaned.map(
      (name) =>
        `${name} has a committed schema but no contract: a published version stays until no consumer needs it.`,
    ),
  ];
}

/** Records new versions and compatible evolutions; never overwrites an incompatible change. */
export function writeSnapshots(root: string, contracts: readonly EventContract[]): string[] {
  const report = compareWithSnapshots(root, contracts);
  const written: string[] = [];
  for (const contract of contracts) {
    if (!report.missing.includes(contract.name) && !report.evolved.includes(contract.name))
      continue;
    const path = snapshotPath(root, contract);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(plainSchema(contract.schema), null, 2)}\n`);
    written.push(contract.name);
  }
  return written;
}
