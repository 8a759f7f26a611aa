import { createTestDatabase, TestDatabase } from '@oogo/api-core/testing';
import { AppProcess, freePort, runApp, startApp, waitForExit } from '@oogo/testing-e2e';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'oogo-lifecycle-'));
}

function runUntilExit(env: Record<string, string>, args: string[] = []) {
  const { child, output } = runApp(env, args);
  return waitForExit(child, output);
}

describe('the app with its embedded database', () => {
  const dataDir = tempDataDir();
  let app: AppProcess | undefined;

  afterAll(async () => {
    if (app && app.child.exitCode === null) await app.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on one URL: web app, GraphQL and a health check', async () => {
    app = await startApp({ dataDir });

    expect(app.output()).toContain('Embedded PostgreSQL created in');
    expect(app.output()).toContain('Applied migrations: CreateOrganization');
    expect(app.output()).toContain('Loaded the demo region');

    const health = await fetch(`${app.baseUrl}/health`);
    expect(await health.json()).toEqual({ status: 'OK', database: 'UP' });

    const graphql = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });

    const page = await fetch(app.baseUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<html lang="nl">');
  });

  it('stops cleanly on Ctrl-C, database included', async () => {
    const exit = await app?.stop('SIGINT');

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit?.output).toContain('Stopped');
    expect(exit?.output).not.toMatch(/ERROR/);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('reuses the data on the next start', async () => {
    app = await startApp({ dataDir });

    expect(app.output()).toContain('Embedded PostgreSQL restarted in');
    expect(app.output()).toContain('Database schema is up to date');
    expect(app.output()).not.toContain('Loaded the demo region');
    expect((await app.stop('SIGTERM')).code).toBe(0);
  });

  it('loads another copy of the demo region with the seed command, then stops', async () => {
    const exit = await runUntilExit({ DATA_DIR: dataDir }, ['seed']);

    expect(exit.code).toBe(0);
    expect(exit.output).toMatch(/Loaded the demo region: plan [0-9a-f-]{36}/);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('tells the user when the port is taken, and still stops its database', async () => {
    const blocker = await startApp({ dataDir: tempDataDir() });
    try {
      const exit = await runUntilExit({ PORT: String(blocker.port), DATA_DIR: dataDir });

      expect(exit.code).toBe(1);
      expect(exit.output).toContain(`Port ${blocker.port} is already in use`);
      expect(exit.output).not.toContain('pool raised an error');
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      await blocker.stop();
    }
  });
});

describe('the app with DATABASE_URL', () => {
  let database: TestDatabase;
  const dataDir = tempDataDir();

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses that server and starts no embedded one', async () => {
    const app = await startApp({ dataDir, env: { DATABASE_URL: database.url } });
    try {
      expect(app.output()).not.toContain('Embedded PostgreSQL');
      const health = await fetch(`${app.baseUrl}/health`);
      expect(await health.json()).toEqual({ status: 'OK', database: 'UP' });
      expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
    } finally {
      expect((await app.stop()).code).toBe(0);
    }
  });
});

describe('bad configuration', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number between 1 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://root:secret@db/oogo' }, 'DATABASE_URL must look like postgres://'],
  ])('%j fails fast with a clear message', async (env, message) => {
    const dataDir = tempDataDir();
    const exit = await runUntilExit({ DATA_DIR: dataDir, PORT: String(await freePort()), ...env });

    expect(exit.code).toBe(1);
    expect(exit.output).toContain('Invalid configuration');
    expect(exit.output).toContain(message);
    expect(exit.output).not.toContain('secret');
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  });
});
