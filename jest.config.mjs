/** Three tiers, one run: unit (`*.spec.ts` beside the code), integration and end-to-end (`test/`). */
import { unitConfig } from './jest.unit.config.mjs';

/** The split-topology tests: `npm run test:topologies` runs them (jest.topologies.config.mjs). */
export const TOPOLOGY_TESTS = '<rootDir>/test/e2e/{topologies,start-split}*.e2e-spec.ts';

export default {
  ...unitConfig,
  testMatch: [
    ...unitConfig.testMatch,
    '<rootDir>/test/**/*.int-spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/**/*.arch-spec.ts',
  ],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/e2e/(topologies|start-split)[^/]*\\.e2e-spec\\.ts$',
  ],
  // Builds the app for the child-process tests and starts one embedded PostgreSQL for the run.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};
