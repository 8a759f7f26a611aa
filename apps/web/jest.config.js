// Logic of the web app (pure functions, hooks, components) under jest; browser flows are in web-e2e.
// Component tests run in jsdom (`@jest-environment jsdom` in the file). The NL Design System
// packages ship ES modules only, so they are transpiled too (and only they, of node_modules).
module.exports = require('../../jest.preset.js').jestConfig(__dirname, {
  displayName: 'web',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: `${__dirname}/tsconfig.spec.json` }],
    '^.+\\.m?js$': [
      'babel-jest',
      {
        presets: [['@babel/preset-env', { targets: { node: 'current' } }]],
        babelrc: false,
        configFile: false,
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@utrecht|clsx|lodash\\.chunk|date-fns)/)'],
  moduleNameMapper: {
    ...require('../../jest.preset.js').jestConfig(__dirname).moduleNameMapper,
    '\\.css$': `${__dirname}/src/testing/style-stub.js`,
    // Their package.json exports only an `import` entry, which jest's require cannot pick.
    '^@utrecht/([a-z-]+-react)$': `${__dirname}/../../node_modules/@utrecht/$1/dist/index.mjs`,
  },
});
