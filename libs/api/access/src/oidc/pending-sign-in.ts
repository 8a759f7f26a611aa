import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

// The state, nonce and PKCE code verifier of a sign-in travel in an HMAC-signed cookie, so
// the browser cannot make one up or change it. A cookie rather than a row in PostgreSQL:
// abandoned sign-ins need no clean-up and every api instance can finish any sign-in. The
// code verifier is no secret from the browser that started the sign-in, only from others,
// and an httpOnly cookie does not leave that browser.

/** The cookie that carries a sign-in from `/auth/oidc/start` to the callback. */
export const PENDING_SIGN_IN_COOKIE = 'oogo_sso';
export const PENDING_SIGN_IN_MINUTES = 10;

/** What the callback must check the provider's answer against (authorization code + PKCE). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The signing key, derived from the client secret: one secret less to configure. */
export function cookieKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, '', 'oogo: pending sign-in cookie', 32));
}

const signature = (payload: string, key: Buffer) =>
  createHmac('sha256', key).update(payload).digest();

export function sealPendingSignIn(pending: PendingSignIn, key: Buffer, now = Date.now()): string {
  // The expiry is inside the signed part: the cookie's own Max-Age is up to the browser.
  const expiresAt = now + PENDING_SIGN_IN_MINUTES * 60_000;
  const payload = Buffer.from(JSON.stringify({ ...pending, expiresAt })).toString('base64url');
  return `${payload}.${signature(payload, key).toString('base64url')}`;
}

/** The pending sign-in, or null when the cookie is missing, altered or expired. */
export function openPendingSignIn(
  cookie: unknown,
  key: Buffer,
  now = Date.now(),
): PendingSignIn | null {
  if (typeof cookie !== 'string') return null;
  const [payload = '', mac = ''] = cookie.split('.');
  const expected = signature(payload, key);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const { state, nonce, codeVerifier, expiresAt } = JSON.parse(
    Buffer.from(payload, 'base64url').toString(),
  ) as PendingSignIn & { expiresAt: number };
  return expiresAt > now ? { state, nonce, codeVerifier } : null;
}
