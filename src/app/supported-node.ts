/**
 * The oldest Node.js the shop runs on (package.json `engines`; a test keeps the two
 * equal). MikroORM 7 fails to load on older ones with an error that names neither,
 * and the embedded database's data-folder lock (an abstract socket) is named
 * differently by Node 20, so a shop started with it would not see one already running
 * on the same folder.
 */
export const OLDEST_NODE = '24.11';

/** Why `version` (as `process.version`) cannot run the shop, or undefined when it can. */
export function unsupportedNode(version: string, oldest = OLDEST_NODE): string | undefined {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = oldest.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) > need[i]!) return undefined;
    if ((have[i] ?? 0) < need[i]!) {
      return `Emporium needs Node.js ${oldest} or later; this is ${version}. npm start and npm test use the project's own Node (node_modules/.bin/node, from npm install).`;
    }
  }
  return undefined;
}
