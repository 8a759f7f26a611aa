module.exports = require('../../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'api-figure-import',
  database: true,
});
