module.exports = require('../../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'api-collaboration',
  database: true,
});
