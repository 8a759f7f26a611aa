// Logic of the web app (pure functions, hooks, components) under jest; browser flows are in web-e2e.
const { jestConfig } = require('../../jest.preset.js');

const base = jestConfig(__dirname, { displayName: 'web' });

module.exports = {
  ...base,
  // Component tests (`@jest-environment jsdom` in the file) render NL Design System components:
  // those packages ship ES modules only, so jest loads their .mjs through Babel.
  transform: {
    ...base.transform,
    '^.+\\.mjs$': [
      'babel-jest',
      { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!@utrecht/)'],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^@utrecht/([a-z-]+-react)$': `${__dirname}/../../node_modules/@utrecht/$1/dist/index.mjs`,
    '\\.css$': `${__dirname}/src/testing/style-stub.js`,
  },
};
