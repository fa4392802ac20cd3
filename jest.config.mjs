/** Three tiers, one run: unit (`*.spec.ts` beside the code), integration and end-to-end (`test/`). */
import { unitConfig } from './jest.unit.config.mjs';

export default {
  ...unitConfig,
  testMatch: [
    ...unitConfig.testMatch,
    '<rootDir>/test/**/*.int-spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/**/*.arch-spec.ts',
  ],
  // Builds the app for the child-process tests and starts one embedded PostgreSQL for the run.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};
