import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
// During `npm run dev` the api runs separately; in production it serves this build itself.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    tsconfigPaths: true,
  },
  build: {
    outDir: `${workspaceRoot}/dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/health': apiTarget,
      // single sign-on: the browser itself goes to /auth/oidc/start and comes back there
      '/auth': apiTarget,
    },
  },
});
