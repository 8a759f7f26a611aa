// Bundles the api and its workspace libraries into dist/apps/api/main.js; npm packages stay
// external and load from node_modules. ts-loader only transpiles (`typecheck` checks types)
// and keeps decorator metadata, which Nest's dependency injection needs (esbuild does not).
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const workspaceRoot = path.resolve(__dirname, '../..');
const tsconfig = path.join(__dirname, 'tsconfig.app.json');

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'node20',
  entry: path.join(__dirname, 'src/main.ts'),
  output: {
    path: path.join(workspaceRoot, 'dist/apps/api'),
    filename: 'main.js',
    clean: true,
  },
  devtool: 'source-map',
  resolve: {
    extensions: ['.ts', '.js', '.cjs', '.json'],
    plugins: [
      new TsconfigPathsPlugin({ configFile: tsconfig, extensions: ['.ts', '.js', '.cjs'] }),
    ],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: { transpileOnly: true, configFile: tsconfig },
      },
    ],
  },
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: path.join(workspaceRoot, 'node_modules') })],
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false },
  performance: { hints: false },
});
