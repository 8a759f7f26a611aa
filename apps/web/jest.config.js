// Logic of the web app (pure functions, hooks, components) under jest; browser flows are in web-e2e.
module.exports = require('../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'web',
});
