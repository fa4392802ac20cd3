import { CONTEXT_NAMES } from './app/contexts.js';
import { allContracts } from './app/contracts.js';
import {
  compareWithSnapshots,
  describeReport,
  writeSnapshots,
} from './platform/messaging/contract-snapshots.js';

/**
 * `npm run contracts:snapshot`: commits the schema of every new event version
 * and of compatible evolutions. An incompatible change is refused: publish a
 * new version instead.
 */
const root = process.cwd();
const contracts = await allContracts();
const written = writeSnapshots(root, contracts);
for (const name of written) process.stdout.write(`recorded ${name}\n`);
const problems = describeReport({ ...compareWithSnapshots(root, contracts), missing: [] });
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.stdout.write(
  `${contracts.length} event versions across ${CONTEXT_NAMES.length} contexts checked\n`,
);
process.exit(problems.length > 0 ? 1 : 0);
