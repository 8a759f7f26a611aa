import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../database/run-migrations';
import { createDatabaseIfMissing, withDatabaseName } from '../database/start-database';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['OOGO_TEST_ADMIN_URL'];
  if (!url) {
    throw new Error(
      'No test PostgreSQL server: use jestConfig(__dirname, { database: true }) in jest.config.js',
    );
  }
  return url;
}

/** A new, fully migrated database on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = adminUrl();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(admin, name);
  const url = withDatabaseName(admin, name);
  await runMigrations(url);
  return { name, url, drop: () => dropDatabase(admin, name) };
}

async function dropDatabase(admin: string, name: string): Promise<void> {
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Gives the calling test file its own migrated database and drops it after all its tests.
 * Call it at the top level of the file, outside `describe`: jest then runs the describe's own
 * `afterAll` (closing connections) before this one drops the database. Read `.url` in hooks
 * or tests, not at collection time.
 */
export function useTestDatabase(): { readonly url: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get url(): string {
      if (!database)
        throw new Error('The test database is created in beforeAll; read url in a test');
      return database.url;
    },
  };
}
