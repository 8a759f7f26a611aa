import { useTestDatabase } from '@oogo/api-core/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';

const database = useTestDatabase();

describe('api over HTTP', () => {
  let api: TestApp;
  const webRoot = mkdtempSync(join(tmpdir(), 'oogo-web-'));

  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><html lang="nl"><title>OOGO</title></html>',
    );
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
    api = await startTestApp(database.url, { WEB_ROOT: webRoot });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers a GraphQL query', async () => {
    const response = await api.graphql<{
      __typename: string;
      health: { status: string; database: string };
    }>('{ __typename health { status database } }');

    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      __typename: 'Query',
      health: { status: 'OK', database: 'UP' },
    });
  });

  it('reports the database state at /health', async () => {
    const response = await fetch(`${api.baseUrl}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'OK', database: 'UP' });
  });

  it('gives invalid documents a stable error code and no internals', async () => {
    const response = await api.graphql('{ noSuchField }');

    expect(response.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('gives unparsable documents the same code', async () => {
    const response = await api.graphql('{ health {');

    expect(response.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('serves the web app at / and for client-side routes', async () => {
    for (const path of ['/', '/plannen/123']) {
      const response = await fetch(`${api.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('lang="nl"');
    }
  });

  it('serves fingerprinted assets with a long cache lifetime', async () => {
    const response = await fetch(`${api.baseUrl}/assets/app-1234.js`);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers unknown api paths with a JSON error, not the web app', async () => {
    const response = await fetch(`${api.baseUrl}/health/nope`, {
      headers: { accept: 'text/html' },
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
