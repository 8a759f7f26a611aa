import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
// During `npm run dev` the api runs separately; in production it serves this build itself.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The NL Design System React package sets `Component.displayName = '…'` after each component.
 * A bundler must keep such writes (they could have side effects), and with them every one of
 * the ~100 components, 55 KiB gzipped, in the first page. Names only serve React DevTools.
 */
function treeShakeableNlDesignSystem(): Plugin {
  return {
    name: 'oogo:tree-shakeable-nl-design-system',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules\/@utrecht\/[^/]+\/dist\/.*\.mjs$/.test(id)) return null;
      return { code: code.replace(/^\w+\.displayName = ['"][^'"]*['"];$/gm, ''), map: null };
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), treeShakeableNlDesignSystem()],
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
      // file uploads and downloads (imports, exports)
      '/api': apiTarget,
      // single sign-on: the browser itself goes to /auth/oidc/start and comes back there
      '/auth': apiTarget,
    },
  },
});
