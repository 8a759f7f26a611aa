// Runs the built app as `npm start` does: start-up, shutdown, restart, configuration errors.
module.exports = require('../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'api-e2e',
  database: true,
  testTimeout: 120_000,
});
