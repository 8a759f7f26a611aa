import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses safe defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      environment: 'development',
      host: 'localhost',
      port: 3000,
      databaseUrl: undefined,
      dataDir: resolve('.data'),
      webRoot: undefined,
      publicUrl: 'http://localhost:3000',
      trustProxy: undefined,
      smtpUrl: undefined,
      mailFrom: 'OOGO Werkplaats <noreply@localhost>',
      oidc: undefined,
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it('reads single sign-on settings only when all three are set', () => {
    expect(
      loadConfig({
        OIDC_ISSUER: 'https://login.gemeente.example',
        OIDC_CLIENT_ID: 'oogo',
        OIDC_CLIENT_SECRET: 's3cret',
      }).oidc,
    ).toEqual({
      issuer: 'https://login.gemeente.example',
      clientId: 'oogo',
      clientSecret: 's3cret',
    });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.gemeente.example' })).toThrow(
      /must be set together/,
    );
    const error = captureError(() =>
      loadConfig({ OIDC_ISSUER: 'nope', OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'hunter2' }),
    );
    expect(String(error)).toMatch(/OIDC_ISSUER must be the URL/);
    expect(String(error)).not.toContain('hunter2');
  });

  it('reads a mail server and never echoes its password', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://mail:pw@mail.example:587' }).smtpUrl).toBe(
      'smtp://mail:pw@mail.example:587',
    );
    const error = captureError(() => loadConfig({ SMTP_URL: 'http://mail:hunter2@x' }));
    expect(String(error)).toMatch(/SMTP_URL must look like smtp:/);
    expect(String(error)).not.toContain('hunter2');
  });

  it('reads which reverse proxies to trust', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone!' })).toThrow(/TRUST_PROXY/);
  });

  it('treats empty variables as not set', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it('accepts a PostgreSQL URL and a port', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://app:secret@db:5432/oogo',
    });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgresql://app:secret@db:5432/oogo');
  });

  it.each(['abc', '0', '65536', '80.5', '-1'])('rejects PORT=%s with a clear message', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(
      `PORT must be a whole number between 1 and 65535 (got "${port}")`,
    );
  });

  it.each(['mysql://db/oogo', 'not a url', 'postgres://'])('rejects DATABASE_URL=%s', (url) => {
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(
      /DATABASE_URL must look like postgres:\/\/user:password@host:5432\/database/,
    );
  });

  it('never echoes a database password', () => {
    const error = captureError(() => loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@db/oogo' }));
    expect(String(error)).toContain('admin:***@');
    expect(String(error)).not.toContain('hunter2');
  });

  it('lists every problem at once', () => {
    const error = captureError(() => loadConfig({ PORT: 'x', NODE_ENV: 'staging' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(2);
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
