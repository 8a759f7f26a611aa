// `npm start`: build the api and the web app (Nx cache makes a rebuild instant when nothing
// changed), then run the api, which serves the web app, GraphQL and /health on one URL.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const nx = fileURLToPath(new URL('../../node_modules/.bin/nx', import.meta.url));

const build = spawnSync(
  nx,
  ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'],
  {
    cwd: workspaceRoot,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('\nThe build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

// Production mode unless told otherwise: it also switches graphql-js to its fast checks. A
// larger young generation suits the api: a whole plan allocates ~10 MB of short-lived objects.
const api = spawn(
  process.execPath,
  ['--enable-source-maps', '--max-semi-space-size=64', 'dist/apps/api/main.js'],
  {
    cwd: workspaceRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
  },
);

// Ctrl-C reaches the api directly (same process group); it stops itself and its database.
// This wrapper only waits for that, and passes SIGTERM on (e.g. from a process manager).
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => api.kill('SIGTERM'));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
