// `npm run bench`: timing runs, kept out of `npm test` because timings on a shared 2-core
// machine are too noisy for pass/fail tests.
module.exports = require('../../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'api-figure-import bench',
  database: true,
  testMatch: ['<rootDir>/src/bench/**/*.bench.ts'],
  testTimeout: 600_000,
});
