/**
 * Three jest projects, split by speed:
 *   unit         `*.test.ts` beside the code: pure rules, no Neo4j, no global set-up.
 *   integration  `test/**\/*.int.test.ts`: the API over HTTP and WebSocket against a real Neo4j.
 *   slow         `*.slow.test.ts`: the 50k-row import, the site outage, the embedded restart,
 *                the full fuzz, the large generated estate.
 * `npm test` runs all three (CI); `npm run test:unit` and `npm run test:int` are the inner loop.
 * Integration and slow files run on two workers, each with a Neo4j of its own that the global
 * set-up starts (test/support/global-setup.ts), so one file's reset never wipes another's graph.
 * With NEO4J_URI set, the one database it names is shared, so files run one at a time.
 */
const shared = process.env.NEO4J_URI !== undefined;

const base = {
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
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/graph/platform/embedded/target/'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};

const withNeo4j = {
  ...base,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/worker-neo4j.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: shared ? 1 : 2,
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/{graph,schema,resolvers,server,importers,bench}/**/*.test.ts'],
      testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.slow\\.test\\.ts$'],
    },
    {
      ...withNeo4j,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.slow\\.test\\.ts$'],
    },
    { ...withNeo4j, displayName: 'slow', testMatch: ['<rootDir>/**/*.slow.test.ts'] },
  ],
};
