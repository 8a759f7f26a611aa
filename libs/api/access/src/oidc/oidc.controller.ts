import { Controller, Get, Inject, Logger, NotFoundException, Req, Res } from '@nestjs/common';
import { Access, APP_CONFIG, requestIdOf } from '@oogo/api-core';
import type { AppConfig } from '@oogo/api-core';
import type { CookieOptions, Request, Response } from 'express';
import { setSessionCookie } from '../auth/session-cookie';
import {
  OidcService,
  SingleSignOnRefused,
  SSO_CALLBACK_PATH,
  SSO_PATH,
  SSO_START_PATH,
} from './oidc.service';
import {
  cookieKey,
  openPendingSignIn,
  PENDING_SIGN_IN_COOKIE,
  PENDING_SIGN_IN_MINUTES,
  sealPendingSignIn,
} from './pending-sign-in';

/** The web's sign-in page; `fout=sso` makes it say that single sign-on did not work. */
export const SIGN_IN_FAILED_PATH = '/inloggen?fout=sso';

/**
 * The browser's side of single sign-on: off to the provider and back. Public, since this is
 * how someone becomes signed in; without single sign-on configured the routes do not exist.
 */
@Controller()
@Access.public()
export class OidcController {
  private readonly logger = new Logger('SingleSignOn');
  private readonly key?: Buffer;

  constructor(
    private readonly sso: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = config.oidc && cookieKey(config.oidc.clientSecret);
  }

  @Get(SSO_START_PATH)
  async start(@Res() response: Response): Promise<void> {
    const key = this.requireSingleSignOn();
    try {
      const { authorizationUrl, pending } = await this.sso.begin();
      response.cookie(PENDING_SIGN_IN_COOKIE, sealPendingSignIn(pending, key), {
        ...this.pendingCookieOptions,
        maxAge: PENDING_SIGN_IN_MINUTES * 60_000,
      });
      response.redirect(authorizationUrl);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  @Get(SSO_CALLBACK_PATH)
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const key = this.requireSingleSignOn();
    // Single use: whatever happens next, this sign-in is over.
    response.clearCookie(PENDING_SIGN_IN_COOKIE, this.pendingCookieOptions);
    try {
      const pending = openPendingSignIn(request.cookies?.[PENDING_SIGN_IN_COOKIE], key);
      if (!pending) {
        throw new SingleSignOnRefused('no valid sign-in cookie (missing, altered or expired)');
      }
      const { userId, token, expiresAt } = await this.sso.finish(
        request,
        pending,
        requestIdOf(request),
      );
      setSessionCookie(response, token, expiresAt, this.secureCookies);
      this.logger.log(`Signed in ${userId} through single sign-on`);
      response.redirect('/');
    } catch (error) {
      this.refuse(response, error);
    }
  }

  /** The pending sign-in cookie's key; without single sign-on, a 404 like any unknown route. */
  private requireSingleSignOn(): Buffer {
    if (!this.key) throw new NotFoundException();
    return this.key;
  }

  /** The reason goes to the log (messages of openid-client and ours carry no tokens). */
  private refuse(response: Response, error: unknown): void {
    this.logger.warn(
      `Single sign-on failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    response.redirect(SIGN_IN_FAILED_PATH);
  }

  private get pendingCookieOptions(): CookieOptions {
    // Lax: the provider sends the browser back with a top-level GET, which carries it.
    return { httpOnly: true, sameSite: 'lax', secure: this.secureCookies, path: SSO_PATH };
  }

  private get secureCookies(): boolean {
    return this.config.environment === 'production';
  }
}
