import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'oogo_session';

/** The session token travels only in an httpOnly, SameSite cookie: scripts cannot read it. */
export function setSessionCookie(
  response: Response,
  token: string,
  expiresAt: Date,
  secure: boolean,
): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The session token of an HTTP request, or of the upgrade request of a WebSocket. */
export function sessionToken(request: Request | undefined): string | undefined {
  const cookies =
    (request?.cookies as Record<string, unknown> | undefined) ??
    parseCookies(request?.headers?.cookie ?? '');
  const token = cookies[SESSION_COOKIE];
  return typeof token === 'string' ? token : undefined;
}
