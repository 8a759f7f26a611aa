import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG } from '@oogo/api-core';
import type { AppConfig } from '@oogo/api-core';
import type { IncomingMessage } from 'node:http';
import { BaseClient, generators, Issuer } from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { PendingSignIn } from './pending-sign-in';

export const SSO_PATH = '/auth/oidc';
export const SSO_START_PATH = `${SSO_PATH}/start`;
export const SSO_CALLBACK_PATH = `${SSO_PATH}/callback`;

// `profile` for the name of a new account.
const SCOPE = 'openid email profile';

/** A sign-in the app itself refuses (the provider was fine with it); the message is logged. */
export class SingleSignOnRefused extends Error {}

/** The person as the provider vouches for them. */
interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string;
  name?: string;
}

/**
 * Single sign-on with the organisation's OpenID Connect provider (authorization code +
 * PKCE). Accounts are found by the provider's subject, else linked by verified e-mail
 * address, else created without a password.
 */
@Injectable()
export class OidcService {
  // Discovered on first use, not at start-up: a provider that is down must not stop the api.
  private client?: Promise<BaseClient>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  /**
   * Where the browser starts single sign-on; absolute, on the same host as the callback, so
   * the pending sign-in cookie set there comes back with the provider's answer.
   */
  get startUrl(): string | null {
    return this.enabled ? `${this.config.publicUrl}${SSO_START_PATH}` : null;
  }

  /** The provider's authorization URL, and what its answer must match. */
  async begin(): Promise<{ authorizationUrl: string; pending: PendingSignIn }> {
    const client = await this.providerClient();
    const pending: PendingSignIn = {
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
    };
    const authorizationUrl = client.authorizationUrl({
      scope: SCOPE,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: generators.codeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl, pending };
  }

  /**
   * Exchanges the provider's code and signs the person in; linking or creating the account,
   * the session and its audit row are one transaction.
   */
  async finish(
    callback: IncomingMessage,
    pending: PendingSignIn,
    requestId: string | undefined,
  ): Promise<{ userId: string; token: string; expiresAt: Date }> {
    const identity = await this.verifiedIdentity(callback, pending);
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.accountFor(manager, identity);
      return {
        userId,
        ...(await this.sessions.start(userId, { method: 'OIDC', requestId }, manager)),
      };
    });
  }

  private async verifiedIdentity(
    callback: IncomingMessage,
    pending: PendingSignIn,
  ): Promise<ProviderIdentity> {
    const client = await this.providerClient();
    const tokens = await client.callback(this.redirectUri, client.callbackParams(callback), {
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_verifier: pending.codeVerifier,
    });
    let claims: Record<string, unknown> = tokens.claims();
    // Many providers put e-mail claims only in userinfo when an access token is issued too;
    // userinfo(tokens) checks its subject against the ID token's.
    if (typeof claims['email'] !== 'string' || claims['email_verified'] === undefined) {
      claims = { ...(await client.userinfo(tokens)), ...claims };
    }
    const { email, email_verified: emailVerified, name } = claims;
    if (typeof email !== 'string' || emailVerified !== true) {
      throw new SingleSignOnRefused('the provider did not vouch for the e-mail address');
    }
    return {
      issuer: client.issuer.metadata.issuer,
      subject: String(claims['sub']),
      email: email.trim(),
      name: typeof name === 'string' ? name : undefined,
    };
  }

  /** The account of this identity: known by subject, else linked by e-mail, else new. */
  private async accountFor(manager: EntityManager, identity: ProviderIdentity): Promise<string> {
    const [known] = (await manager.query(
      'SELECT user_id AS "userId" FROM user_identity WHERE issuer = $1 AND subject = $2',
      [identity.issuer, identity.subject],
    )) as { userId: string }[];
    if (known) return known.userId;

    const [existing] = (await manager.query(
      `SELECT id, EXISTS (SELECT 1 FROM user_identity WHERE user_id = app_user.id AND issuer = $2) AS linked
         FROM app_user WHERE lower(email) = lower($1)`,
      [identity.email, identity.issuer],
    )) as { id: string; linked: boolean }[];
    // An address the organisation gave to someone new must not open its previous owner's account.
    if (existing?.linked) {
      throw new SingleSignOnRefused(
        `account ${existing.id} belongs to another person at this provider with the same address`,
      );
    }
    const userId =
      existing?.id ??
      (
        (await manager.query(
          'INSERT INTO app_user (email, display_name) VALUES ($1, $2) RETURNING id',
          [identity.email, displayNameOf(identity)],
        )) as [{ id: string }]
      )[0].id;
    await manager.query(
      'INSERT INTO user_identity (issuer, subject, user_id) VALUES ($1, $2, $3)',
      [identity.issuer, identity.subject, userId],
    );
    return userId;
  }

  private get redirectUri(): string {
    return `${this.config.publicUrl}${SSO_CALLBACK_PATH}`;
  }

  private providerClient(): Promise<BaseClient> {
    const settings = this.config.oidc;
    if (!settings) throw new Error('Single sign-on is not configured');
    if (!this.client) {
      this.client = Issuer.discover(settings.issuer).then(
        (issuer) =>
          new issuer.Client({
            client_id: settings.clientId,
            client_secret: settings.clientSecret,
            redirect_uris: [this.redirectUri],
            response_types: ['code'],
          }),
      );
      // A failed discovery is tried again by the next sign-in, not remembered.
      this.client.catch(() => (this.client = undefined));
    }
    return this.client;
  }
}

function displayNameOf(identity: ProviderIdentity): string {
  const name = identity.name?.trim() || identity.email.split('@')[0] || identity.email;
  return name.slice(0, 200);
}
