module.exports = require('../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'workspace-checks',
  testTimeout: 60_000,
});
