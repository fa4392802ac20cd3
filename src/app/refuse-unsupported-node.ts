import { unsupportedNode } from './supported-node.js';

// Imported first by main.ts: ES modules run in import order, so this refuses before any
// dependency that needs a newer Node is loaded.
const problem = unsupportedNode(process.version);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
