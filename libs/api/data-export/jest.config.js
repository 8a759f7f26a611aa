module.exports = require('../../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'api-data-export',
  database: true,
});
