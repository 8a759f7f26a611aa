// Logic of the web app (pure functions, hooks, components) under jest; browser flows are in web-e2e.
const base = require('../../jest.preset.js').jestConfig(__dirname, { displayName: 'web' });

module.exports = {
  ...base,
  // The NL Design System components ship as ES modules only: component tests load them from
  // their .mjs build, turned into CommonJS for jest by the same ts-jest.
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^@utrecht/([a-z-]+-react)$': '<rootDir>/../../node_modules/@utrecht/$1/dist/index.mjs',
  },
  transform: {
    ...base.transform,
    '^.+\\.mjs$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!@utrecht/)'],
};
