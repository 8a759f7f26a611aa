// Unit tests of the web app's logic (pure functions beside the components). Node is enough for
// them; a test that needs the DOM says so with a `@jest-environment jsdom` docblock.
module.exports = require('../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'web',
});
