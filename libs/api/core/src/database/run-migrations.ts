import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { postgresOptions } from './postgres-options';

// Any constant works; it only has to be the same for every api instance.
const MIGRATION_LOCK_KEY = 7_316_001;

/**
 * Brings the database schema up to date. Several api instances may start at once against one
 * server, so they take turns through a PostgreSQL advisory lock.
 * @returns the names of the migrations that were applied now
 */
export async function runMigrations(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource(postgresOptions(url));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
