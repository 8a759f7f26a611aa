import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { join } from 'node:path';

// Routes the api owns; everything else that asks for HTML gets the web app.
const API_PREFIXES = ['/graphql', '/health', '/auth', '/api'];

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Serves the built web app from the same origin as the api, so there is one URL, no CORS,
 * and the session cookie just works. Unknown paths fall back to index.html (client routing).
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string): void {
  const indexHtml = join(webRoot, 'index.html');
  app.useStaticAssets(webRoot, {
    index: false,
    setHeaders: (response, filePath) => {
      // Vite fingerprints everything under assets/, so those never change.
      if (filePath.includes(`${join(webRoot, 'assets')}`)) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    if (!wantsPage || isApiPath(request.path) || !request.accepts('html')) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}
