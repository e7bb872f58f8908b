// Unit tests and the browser test run in Node; TypeScript and JSX go through SWC.
/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Two workers: the walk of every screen on one, the other files beside it on the other.
  maxWorkers: 2,
  testSequencer: '<rootDir>/jest.sequencer.cjs',
  // One seeded demo department for every browser test file (src/e2eHarness.ts).
  globalSetup: '<rootDir>/jest.setup.cjs',
  globalTeardown: '<rootDir>/jest.teardown.cjs',
  // react-admin is CommonJS but loads this one ES module; it goes through SWC like our code.
  transformIgnorePatterns: ['/node_modules/(?!react-hotkeys-hook/)'],
  // The client is an ES module package; its built files go through SWC like our code (turbo builds it first).
  moduleNameMapper: { '^@guildhall/client$': '<rootDir>/../client/dist/index.js' },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};

export default config;
