import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '@oogo/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../user.entity';

export const SESSION_LIFETIME_DAYS = 14;

/** How someone signed in, for the audit trail. */
export interface SignIn {
  method: 'PASSWORD' | 'INVITATION' | 'OIDC';
  requestId?: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Sessions live in PostgreSQL, so every api instance knows them and logout is immediate. */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new session; the token goes to the browser (cookie), only its hash is stored. The
   * sign-in is written to the audit trail in the same transaction (the caller's, when given).
   */
  async start(
    userId: string,
    signIn: SignIn,
    manager?: EntityManager,
  ): Promise<{ token: string; expiresAt: Date }> {
    if (!manager) return this.dataSource.transaction((inner) => this.start(userId, signIn, inner));
    const token = randomBytes(32).toString('base64url');
    const [row] = (await manager.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING id, expires_at`,
      [hashToken(token), userId, SESSION_LIFETIME_DAYS],
    )) as [{ id: string; expires_at: Date }];
    await recordAudit(
      manager,
      { userId, requestId: signIn.requestId },
      {
        planId: null,
        entity: 'Session',
        entityId: row.id,
        action: 'LOGIN',
        before: null,
        after: { method: signIn.method },
      },
    );
    return { token, expiresAt: row.expires_at };
  }

  /** The signed-in user, or null for a missing, unknown, expired or revoked token. */
  async userFor(token: string | undefined): Promise<User | null> {
    if (!token) return null;
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.version,
              u.created_at AS "createdAt", u.updated_at AS "updatedAt"
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    )) as User[];
    return row ?? null;
  }

  /** Ends the session for good; the sign-out is audited with it. */
  async revoke(token: string | undefined, requestId?: string): Promise<void> {
    if (!token) return;
    await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [[session]] = (await manager.query(
        `UPDATE user_session SET revoked_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id, user_id AS "userId"`,
        [hashToken(token)],
      )) as [{ id: string; userId: string }[], number];
      if (!session) return;
      await recordAudit(
        manager,
        { userId: session.userId, requestId },
        {
          planId: null,
          entity: 'Session',
          entityId: session.id,
          action: 'LOGOUT',
          before: null,
          after: null,
        },
      );
    });
  }
}
