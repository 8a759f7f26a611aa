// Browser tests against the built app (`npm start`'s bundle), each file on a fresh database.
module.exports = require('../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'web-e2e',
  testTimeout: 60_000,
  maxWorkers: 1,
});
