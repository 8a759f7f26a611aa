// Shared jest settings for every project. Path aliases come from tsconfig.base.json so
// tests import libraries the same way the apps do.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const testingDir = `${__dirname}/libs/api/core/src/testing`;

/**
 * @param {string} projectDir absolute path of the project (pass __dirname)
 * @param {import('jest').Config & { database?: boolean }} options `database: true` starts a
 *   PostgreSQL server for the run; each test file then makes its own database (useTestDatabase).
 * @returns {import('jest').Config}
 */
function jestConfig(projectDir, { database = false, ...overrides } = {}) {
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.spec.tsx'],
    transform: {
      // isolatedModules in tsconfig.spec.json makes ts-jest transpile only; `typecheck` checks types.
      '^.+\\.tsx?$': ['ts-jest', { tsconfig: `${projectDir}/tsconfig.spec.json` }],
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
    moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, {
      prefix: `${__dirname}/`,
    }),
    coverageDirectory: `${__dirname}/coverage/${projectDir.slice(__dirname.length + 1)}`,
    ...(database
      ? {
          globalSetup: `${testingDir}/global-setup.cjs`,
          globalTeardown: `${testingDir}/global-teardown.cjs`,
        }
      : {}),
    ...overrides,
  };
}

module.exports = { jestConfig };
