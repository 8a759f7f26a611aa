import { browserSession, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { Client } from 'pg';
import { AccessModule } from '../access.module';
import { createUser, TestUser } from '../testing/user-factory';
import { LOGIN_FAILED } from './auth.service';
import { LOGIN_LIMITS } from './login-throttle';

const database = useTestDatabase();

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id email displayName } }';
const VIEWER = '{ viewer { id email } }';
const LOGOUT = 'mutation { logout }';

describe('signing in', () => {
  let api: TestApi;
  let user: TestUser;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule]);
    user = await createUser(database.url);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function sql<Row>(query: string, values: unknown[] = []): Promise<Row[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    return (await client.query(query, values).finally(() => client.end())).rows as Row[];
  }

  it('signs in with the right password and keeps the session in an httpOnly, SameSite cookie', async () => {
    const browser = browserSession(api.url);

    const response = await browser.graphql(LOGIN, {
      input: { email: user.email.toUpperCase(), password: user.password },
    });

    expect(response.data).toEqual({
      login: { id: user.id, email: user.email, displayName: expect.any(String) },
    });
    expect(browser.lastSetCookies).toEqual([
      expect.stringMatching(/^oogo_session=[\w-]{43};.*HttpOnly.*SameSite=Lax/i),
    ]);
    expect((await browser.graphql(VIEWER)).data).toEqual({
      viewer: { id: user.id, email: user.email },
    });
  });

  it('gives an unknown address and a wrong password the same answer', async () => {
    const unknown = await browserSession(api.url).graphql(LOGIN, {
      input: { email: 'niemand@test.example', password: 'x' },
    });
    const wrong = await browserSession(api.url).graphql(LOGIN, {
      input: { email: user.email, password: 'fout' },
    });

    for (const response of [unknown, wrong]) {
      expect(response.errors).toEqual([
        expect.objectContaining({ message: LOGIN_FAILED, extensions: { code: 'UNAUTHENTICATED' } }),
      ]);
    }
  });

  it('is nobody without a session, or with a made-up one', async () => {
    const browser = browserSession(api.url);
    browser.cookies.set('oogo_session', 'made-up-token');

    expect((await browserSession(api.url).graphql(VIEWER)).data).toEqual({ viewer: null });
    expect((await browser.graphql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('ends the session on logout, also for a copy of the cookie', async () => {
    const browser = browserSession(api.url);
    await browser.graphql(LOGIN, { input: { email: user.email, password: user.password } });
    const stolen = browserSession(api.url);
    stolen.cookies.set('oogo_session', browser.cookies.get('oogo_session') as string);

    expect((await browser.graphql(LOGOUT)).data).toEqual({ logout: true });

    expect(browser.cookies.has('oogo_session')).toBe(false);
    expect((await stolen.graphql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('writes signing in and out to the audit trail, with the request id', async () => {
    const person = await createUser(database.url);
    const browser = browserSession(api.url);
    await browser.graphql(LOGIN, { input: { email: person.email, password: 'fout' } });
    await browser.graphql(LOGIN, { input: { email: person.email, password: person.password } });
    await browser.graphql(LOGOUT);
    await browser.graphql(LOGOUT);

    const events = await sql<Record<string, unknown>>(
      `SELECT entity, action, changes, plan_id, request_id FROM audit_event
        WHERE user_id = $1 ORDER BY id`,
      [person.id],
    );
    expect(events).toEqual([
      {
        entity: 'Session',
        action: 'LOGIN',
        changes: { method: { before: null, after: 'PASSWORD' } },
        plan_id: null,
        request_id: expect.stringMatching(/^[\w-]{36}$/),
      },
      {
        entity: 'Session',
        action: 'LOGOUT',
        changes: {},
        plan_id: null,
        request_id: expect.stringMatching(/^[\w-]{36}$/),
      },
    ]);
  });

  it('does not accept an expired session', async () => {
    const browser = browserSession(api.url);
    await browser.graphql(LOGIN, { input: { email: user.email, password: user.password } });
    await sql(
      "UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE user_id = $1",
      [user.id],
    );

    expect((await browser.graphql(VIEWER)).data).toEqual({ viewer: null });
  });

  it(`refuses more than ${LOGIN_LIMITS.perAccount} failed attempts per account, even with the right password`, async () => {
    const target = await createUser(database.url);
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccount; attempt++) {
      await browserSession(api.url).graphql(LOGIN, {
        input: { email: target.email, password: 'raden' },
      });
    }

    const response = await browserSession(api.url).graphql(LOGIN, {
      input: { email: target.email, password: target.password },
    });

    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: LOGIN_LIMITS.windowMinutes * 60,
    });
  });

  it(`refuses more than ${LOGIN_LIMITS.perAddress} failed attempts from one address, whatever the account`, async () => {
    await sql('DELETE FROM login_attempt');
    const someone = await createUser(database.url);
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAddress; attempt++) {
      await browserSession(api.url).graphql(LOGIN, {
        input: { email: `gok${attempt}@test.example`, password: 'raden' },
      });
    }

    const response = await browserSession(api.url).graphql(LOGIN, {
      input: { email: someone.email, password: someone.password },
    });

    expect(response.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    await sql('DELETE FROM login_attempt');
  });

  it('never exposes a password hash', async () => {
    const response = await browserSession(api.url).graphql('{ viewer { passwordHash } }');

    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
