/**
 * The fault tests of split topologies (`npm run test:faults`, docs/topology.md): real
 * processes of the built shop and a real nats-server, killed and stopped under load. They
 * take minutes, so `npm test` (jest.config.mjs) does not pick them up; CI runs them after it.
 */
import base from './jest.config.mjs';

export default {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  // One topology at a time: each runs several processes on a machine of two cores.
  maxWorkers: 1,
  testTimeout: 300_000,
};
