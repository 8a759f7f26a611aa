import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres.cjs';

export const EMBEDDED_DATABASE_NAME = 'oogo';

export interface RunningDatabase {
  url: string;
  /** Set when the api started its own server, for the start-up message. */
  embedded?: { port: number; dataDir: string; reused: boolean };
  stop(): Promise<void>;
}

/**
 * Uses `DATABASE_URL` when configured; otherwise starts (or restarts) the embedded server in
 * `<DATA_DIR>/postgres` and makes sure the application database exists.
 */
export async function startDatabase(config: AppConfig): Promise<RunningDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres') });
  try {
    await createDatabaseIfMissing(server.adminUrl, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: withDatabaseName(server.adminUrl, EMBEDDED_DATABASE_NAME),
    embedded: { port: server.port, dataDir: server.dataDir, reused: server.reused },
    stop: () => server.stop(),
  };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
}

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}
