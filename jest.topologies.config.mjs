/**
 * `npm run test:topologies`: the shop split into processes of the built shop, joined by a
 * real nats-server — the journeys in three topologies, the launcher, `npm run start:split`.
 * A few minutes of starting processes: outside `npm test`, run by CI (.ci/run).
 */
import config, { TOPOLOGY_TESTS } from './jest.config.mjs';

export default {
  ...config,
  testMatch: [TOPOLOGY_TESTS],
  testPathIgnorePatterns: ['/node_modules/'],
};
