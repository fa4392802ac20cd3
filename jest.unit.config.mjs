/**
 * The fast inner loop (`npm run test:unit`): the unit tests beside the code
 * (`src/**\/*.spec.ts`, and the bench's logic in `bench/**\/*.spec.ts`), with no build
 * and no database. The whole suite (jest.config.mjs) extends this.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export const unitConfig = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
  testTimeout: 30_000,
  maxWorkers: 2,
  errorOnDeprecated: true,
};

export default unitConfig;
