/**
 * One jest run: unit tests beside the code (`*.test.ts`) and integration
 * tests in test/ (`*.int.test.ts`) against one throwaway embedded Neo4j that
 * the global setup starts (or NEO4J_URI when set). Files run one at a time
 * because they share that database and the machine has two cores.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    // Transpile only (tsconfig sets isolatedModules): type checks are `npm run check`'s job.
    '^.+\\.ts$': 'ts-jest',
    // jose (OIDC) ships ES modules only; jest's CommonJS runtime needs it compiled.
    '/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/graph/embedded/target/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  maxWorkers: 1,
  testTimeout: 60000,
};
