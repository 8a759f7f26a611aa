import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startApp } from './app-process';

/**
 * Runs the built app on a fresh embedded database for the calling test file: started before
 * its tests, stopped (Ctrl-C) after them. Read `.baseUrl` inside tests or hooks.
 */
export function useRunningApp(): { readonly baseUrl: string } {
  let app: AppProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'oogo-e2e-'));

  beforeAll(async () => {
    app = await startApp({ dataDir });
  });

  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    get baseUrl(): string {
      if (!app) throw new Error('The app starts in beforeAll; read baseUrl in a test');
      return app.baseUrl;
    },
  };
}
