module.exports = require('../../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'api-agenda-export',
  database: true,
});
