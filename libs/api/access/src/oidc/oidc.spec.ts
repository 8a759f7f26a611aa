import {
  browserSession,
  keepCookies,
  startTestApi,
  TestApi,
  useTestDatabase,
} from '@oogo/api-core/testing';
import { Client } from 'pg';
import { AccessModule } from '../access.module';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { createUser } from '../testing/user-factory';
import { PENDING_SIGN_IN_COOKIE } from './pending-sign-in';
import { startTestOidcProvider, TestOidcProvider } from './testing/test-oidc-provider';

const database = useTestDatabase();

const SIGN_IN_OPTIONS = '{ signInOptions { singleSignOn singleSignOnUrl } }';
const VIEWER = '{ viewer { id email displayName } }';

/** A browser as far as these tests need one: cookies per host, redirects followed by hand. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookies(url: string): Map<string, string> {
    const { host } = new URL(url);
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    return this.jar.get(host) as Map<string, string>;
  }

  async get(url: string): Promise<{ status: number; location?: URL; setCookies: string[] }> {
    const cookies = this.cookies(url);
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
    });
    const setCookies = response.headers.getSetCookie();
    keepCookies(cookies, setCookies);
    const location = response.headers.get('location');
    return {
      status: response.status,
      location: location === null ? undefined : new URL(location, url),
      setCookies,
    };
  }
}

describe('single sign-on with the organisation’s OpenID Connect provider', () => {
  let api: TestApi;
  let provider: TestOidcProvider;
  let appUrl: string;

  beforeAll(async () => {
    // The provider must know the app's callback, and the app the provider: the app's port first.
    api = await startTestApi(database.url, [AccessModule], async (port) => {
      appUrl = `http://127.0.0.1:${port}`;
      provider = await startTestOidcProvider({
        redirectUri: `${appUrl}/auth/oidc/callback`,
        accounts: {
          ans: { email: 'Ans.de.Vries@Test.Example', email_verified: true, name: 'Ans de Vries' },
          bram: { email: 'bram@test.example', email_verified: true, name: 'Bram Bakker' },
          eva: { email: 'eva@test.example', email_verified: false },
        },
      });
      return {
        NODE_ENV: 'test',
        PUBLIC_URL: appUrl,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
      };
    });
  });

  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });

  async function sql<T>(query: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(query, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Opens /auth/oidc/start; the app answers with the provider's authorization request. */
  async function startSignIn(browser: Browser): Promise<URL> {
    const start = await browser.get(`${appUrl}/auth/oidc/start`);
    expect(start.status).toBe(302);
    return start.location as URL;
  }

  /** Follows the provider's pages, signing in as `account`, until it sends the browser back. */
  async function throughProvider(browser: Browser, request: URL, account: string): Promise<URL> {
    let next = request;
    for (let hops = 0; next.origin === provider.issuer; hops++) {
      if (hops > 10) throw new Error('The provider keeps redirecting');
      if (next.pathname.startsWith('/interaction/')) next.searchParams.set('account', account);
      const response = await browser.get(next.href);
      if (!response.location) throw new Error(`The provider answered ${response.status}`);
      next = response.location;
    }
    return next;
  }

  async function signInWithProvider(account: string, browser = new Browser()) {
    const authorizationRequest = await startSignIn(browser);
    const callback = await throughProvider(browser, authorizationRequest, account);
    const landing = await browser.get(callback.href);
    return { authorizationRequest, callback, landing, browser };
  }

  /** Asks the api who is signed in, with the session cookie the browser got (if any). */
  async function viewerOf(browser: Browser) {
    const session = browserSession(api.url);
    const token = browser.cookies(appUrl).get(SESSION_COOKIE);
    if (token) session.cookies.set(SESSION_COOKIE, token);
    return (await session.graphql<{ viewer: unknown }>(VIEWER)).data?.viewer;
  }

  it('links an existing account by its verified e-mail address and signs it in', async () => {
    const ans = await createUser(database.url, { email: 'ans.de.vries@test.example' });
    const browser = new Browser();
    const start = await browser.get(`${appUrl}/auth/oidc/start`);

    expect(start.setCookies).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${PENDING_SIGN_IN_COOKIE}=[\\w-]+\\.[\\w-]+; Max-Age=600; Path=/auth/oidc; Expires=.*; HttpOnly; SameSite=Lax$`,
        ),
      ),
    ]);
    const request = start.location as URL;
    expect(request.origin + request.pathname).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(request.searchParams)).toEqual({
      client_id: provider.clientId,
      redirect_uri: `${appUrl}/auth/oidc/callback`,
      response_type: 'code',
      scope: 'openid email profile',
      state: expect.stringMatching(/^[\w-]{43}$/),
      nonce: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
    });

    const callback = await throughProvider(browser, request, 'ans');
    const landing = await browser.get(callback.href);

    expect(landing.status).toBe(302);
    expect(landing.location?.href).toBe(`${appUrl}/`);
    expect(landing.setCookies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^oogo_session=[\w-]{43};.*HttpOnly.*SameSite=Lax/i),
        expect.stringMatching(new RegExp(`^${PENDING_SIGN_IN_COOKIE}=;.*Expires=Thu, 01 Jan 1970`)),
      ]),
    );
    expect(await viewerOf(browser)).toEqual({
      id: ans.id,
      email: ans.email,
      displayName: expect.any(String),
    });
    expect(
      await sql(
        'SELECT issuer, subject, user_id AS "userId" FROM user_identity WHERE user_id = $1',
        [ans.id],
      ),
    ).toEqual([{ issuer: provider.issuer, subject: 'ans', userId: ans.id }]);
  });

  it('finds the same account by the provider’s subject after its e-mail address changed', async () => {
    const [ans] = await sql<{ id: string; email: string }>(
      "SELECT id, email FROM app_user WHERE email = 'ans.de.vries@test.example'",
    );

    await provider.setAccount('ans', { email: 'ans.jansen@test.example', email_verified: true });

    const { landing, browser } = await signInWithProvider('ans');

    expect(landing.location?.pathname).toBe('/');
    expect(await viewerOf(browser)).toEqual({
      id: ans?.id,
      email: 'ans.de.vries@test.example',
      displayName: expect.any(String),
    });
  });

  it('creates an account without a password for an unknown, verified address', async () => {
    const { landing, browser } = await signInWithProvider('bram');

    expect(landing.location?.pathname).toBe('/');
    const viewer = await viewerOf(browser);
    expect(viewer).toEqual({
      id: expect.any(String),
      email: 'bram@test.example',
      displayName: 'Bram Bakker',
    });
    expect(
      await sql('SELECT password_hash AS "passwordHash" FROM app_user WHERE id = $1', [
        (viewer as { id: string }).id,
      ]),
    ).toEqual([{ passwordHash: null }]);
  });

  it('does not link a second person at the provider to an account that is linked already', async () => {
    // The organisation gave Bram's old address to someone new.
    await provider.setAccount('bram-opvolger', {
      email: 'bram@test.example',
      email_verified: true,
    });

    const { landing, browser } = await signInWithProvider('bram-opvolger');

    expect(landing.location?.href).toBe(`${appUrl}/inloggen?fout=sso`);
    expect(browser.cookies(appUrl).has(SESSION_COOKIE)).toBe(false);
    expect(await sql("SELECT 1 FROM user_identity WHERE subject = 'bram-opvolger'")).toEqual([]);
  });

  it('writes every single sign-on to the audit trail', async () => {
    const [bram] = await sql<{ id: string }>(
      "SELECT id FROM app_user WHERE email = 'bram@test.example'",
    );

    expect(
      await sql(
        `SELECT plan_id AS "planId", entity, action, changes FROM audit_event
          WHERE user_id = $1 AND action = 'LOGIN'`,
        [bram?.id],
      ),
    ).toEqual([
      {
        planId: null,
        entity: 'Session',
        action: 'LOGIN',
        changes: { method: { before: null, after: 'OIDC' } },
      },
    ]);
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const { landing, browser } = await signInWithProvider('eva');

    expect(landing.location?.href).toBe(`${appUrl}/inloggen?fout=sso`);
    expect(browser.cookies(appUrl).has(SESSION_COOKIE)).toBe(false);
    expect(await sql("SELECT id FROM app_user WHERE email = 'eva@test.example'")).toEqual([]);
  });

  it('refuses an answer without the sign-in cookie, with an altered one, or with another sign-in’s', async () => {
    const missing = new Browser();
    const missingCallback = await throughProvider(missing, await startSignIn(missing), 'bram');
    missing.cookies(appUrl).delete(PENDING_SIGN_IN_COOKIE);

    const altered = new Browser();
    const alteredCallback = await throughProvider(altered, await startSignIn(altered), 'bram');
    const cookie = altered.cookies(appUrl).get(PENDING_SIGN_IN_COOKIE) as string;
    const [payload = '', signature] = cookie.split('.');
    const pending = JSON.parse(Buffer.from(payload, 'base64url').toString()) as object;
    const forged = Buffer.from(JSON.stringify({ ...pending, state: 'mijn-eigen-state' }));
    altered
      .cookies(appUrl)
      .set(PENDING_SIGN_IN_COOKIE, `${forged.toString('base64url')}.${signature}`);

    // The callback of one sign-in with the cookie of another (e.g. planted by an attacker).
    const mixed = new Browser();
    const mixedCallback = await throughProvider(mixed, await startSignIn(mixed), 'bram');
    await startSignIn(mixed);

    for (const [browser, callback] of [
      [missing, missingCallback],
      [altered, alteredCallback],
      [mixed, mixedCallback],
    ] as const) {
      const landing = await browser.get(callback.href);

      expect(landing.location?.href).toBe(`${appUrl}/inloggen?fout=sso`);
      expect(browser.cookies(appUrl).has(SESSION_COOKIE)).toBe(false);
    }
  });

  it('refuses the provider’s error answer, e.g. when the person cancels', async () => {
    const browser = new Browser();
    const request = await startSignIn(browser);

    const landing = await browser.get(
      `${appUrl}/auth/oidc/callback?error=access_denied&state=${request.searchParams.get('state')}&iss=${encodeURIComponent(provider.issuer)}`,
    );

    expect(landing.location?.href).toBe(`${appUrl}/inloggen?fout=sso`);
    expect(browser.cookies(appUrl).has(SESSION_COOKIE)).toBe(false);
  });

  it('tells the sign-in page where to start single sign-on', async () => {
    expect((await api.graphql(SIGN_IN_OPTIONS)).data).toEqual({
      signInOptions: { singleSignOn: true, singleSignOnUrl: `${appUrl}/auth/oidc/start` },
    });
  });

  describe('when the provider is down', () => {
    let apiWithoutProvider: TestApi;

    beforeAll(async () => {
      apiWithoutProvider = await startTestApi(database.url, [AccessModule], (port) => ({
        NODE_ENV: 'test',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        // Nothing listens on port 9 (discard) here.
        OIDC_ISSUER: 'http://127.0.0.1:9',
        OIDC_CLIENT_ID: 'oogo',
        OIDC_CLIENT_SECRET: 'geheim',
      }));
    });

    afterAll(async () => {
      await apiWithoutProvider?.close();
    });

    it('still starts, and sends people back to the sign-in page', async () => {
      const origin = new URL(apiWithoutProvider.url).origin;

      const start = await new Browser().get(`${origin}/auth/oidc/start`);

      expect(start.location?.href).toBe(`${origin}/inloggen?fout=sso`);
    });
  });

  describe('when it is not configured', () => {
    let apiWithoutSso: TestApi;

    beforeAll(async () => {
      apiWithoutSso = await startTestApi(database.url, [AccessModule]);
    });

    afterAll(async () => {
      await apiWithoutSso?.close();
    });

    it('has no single sign-on routes and says so to the sign-in page', async () => {
      const origin = new URL(apiWithoutSso.url).origin;

      expect((await new Browser().get(`${origin}/auth/oidc/start`)).status).toBe(404);
      expect((await new Browser().get(`${origin}/auth/oidc/callback?code=x`)).status).toBe(404);
      expect((await apiWithoutSso.graphql(SIGN_IN_OPTIONS)).data).toEqual({
        signInOptions: { singleSignOn: false, singleSignOnUrl: null },
      });
    });
  });
});
