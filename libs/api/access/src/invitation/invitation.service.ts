import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  APP_CONFIG,
  BadUserInputError,
  NotFoundError,
  recordAudit,
  UnauthenticatedError,
} from '@oogo/api-core';
import type { AppConfig } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { SessionService } from '../auth/session.service';
import { Mailer } from '../mail/mailer';
import { invitationMail } from './invitation-mail';
import type { User } from '../user.entity';

export const INVITATION_LIFETIME_DAYS = 7;
/** The web page that accepts an invitation; the token follows. */
export const INVITATION_PATH = '/uitnodiging/';

const FOREIGN_KEY_VIOLATION = '23503';

const hashToken = (token: string) => createHash('sha256').update(token).digest();

export interface NewInvitation {
  planId: string;
  organizationId: string;
  email: string;
  role: PlanRole;
}

export interface Acceptance {
  token: string;
  /** For a new account: the name and password to create it with. */
  displayName?: string;
  password?: string;
}

/**
 * Invitations to a plan: a single-use link that expires, mailed to the person (or, without
 * a mail server, written to the log for the coordinator to pass on).
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores the invitation and mails the link in one go: if the mail fails, nothing is kept. */
  async invite(
    invitation: NewInvitation,
    actor: Actor | undefined,
  ): Promise<{ id: string; planId: string; expiresAt: Date; mailed: boolean }> {
    const token = randomBytes(32).toString('base64url');
    const email = invitation.email.trim();
    return this.dataSource.transaction(async (manager) => {
      const [created] = (await manager
        .query(
          `INSERT INTO invitation (plan_id, organization_id, email, role, token_hash, invited_by, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))
           RETURNING id, expires_at AS "expiresAt",
                     (SELECT title FROM plan WHERE id = $1) AS "planTitle"`,
          [
            invitation.planId,
            invitation.organizationId,
            email,
            invitation.role,
            hashToken(token),
            actor?.userId ?? null,
            INVITATION_LIFETIME_DAYS,
          ],
        )
        .catch((error: { driverError?: { code?: string } }) => {
          // The only foreign key the guard has not checked: the organisation must take part.
          if (error.driverError?.code !== FOREIGN_KEY_VIOLATION) throw error;
          throw new BadUserInputError('That organisation does not take part in this plan', {
            organizationId: ['not a participant of this plan'],
          });
        })) as [{ id: string; expiresAt: Date; planTitle: string }];
      await recordAudit(manager, actor, {
        planId: invitation.planId,
        entity: 'Invitation',
        entityId: created.id,
        action: 'CREATE',
        before: null,
        after: { email, role: invitation.role, organizationId: invitation.organizationId },
      });
      const mailed = await this.mailer.send(
        invitationMail({
          to: email,
          planTitle: created.planTitle,
          role: invitation.role,
          link: `${this.config.publicUrl}${INVITATION_PATH}${token}`,
          expiresAt: created.expiresAt,
        }),
      );
      return { id: created.id, planId: invitation.planId, expiresAt: created.expiresAt, mailed };
    });
  }

  /**
   * Takes back an invitation nobody accepted yet; its link stops working. Taking back one
   * that was taken back already changes nothing.
   * @returns the invitation's id
   */
  async revoke(id: string, actor: Actor | undefined): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [invitation] = (await manager.query(
        `SELECT plan_id AS "planId", organization_id AS "organizationId", email, role,
                accepted_at AS "acceptedAt", revoked_at AS "revokedAt"
           FROM invitation WHERE id = $1 FOR UPDATE`,
        [id],
      )) as {
        planId: string;
        organizationId: string;
        email: string;
        role: PlanRole;
        acceptedAt: Date | null;
        revokedAt: Date | null;
      }[];
      if (!invitation) throw new NotFoundError('Invitation', id);
      if (invitation.acceptedAt) {
        throw new BadUserInputError(
          'This invitation was accepted already; remove the member from the plan instead',
          { id: ['already accepted'] },
        );
      }
      if (invitation.revokedAt) return id;
      await manager.query(
        'UPDATE invitation SET revoked_at = now(), revoked_by = $2 WHERE id = $1',
        [id, actor?.userId ?? null],
      );
      // To its reader the invitation is gone; the row stays, as the record of the link.
      await recordAudit(manager, actor, {
        planId: invitation.planId,
        entity: 'Invitation',
        entityId: id,
        action: 'DELETE',
        before: {
          email: invitation.email,
          role: invitation.role,
          organizationId: invitation.organizationId,
        },
        after: null,
      });
      return id;
    });
  }

  /**
   * Uses up the invitation and makes the person a member: the signed-in person (same e-mail
   * address), or a new account made from the name and password given.
   * @returns the member and, for a new account, a session to sign them in
   */
  async accept(
    acceptance: Acceptance,
    signedIn: User | null,
    requestId?: string,
  ): Promise<{ user: Pick<User, 'id' | 'email'>; session?: { token: string; expiresAt: Date } }> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [[invitation]] = (await manager.query(
        `UPDATE invitation SET accepted_at = now()
          WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING id, plan_id AS "planId", organization_id AS "organizationId", email, role`,
        [hashToken(acceptance.token)],
      )) as [
        { id: string; planId: string; organizationId: string; email: string; role: PlanRole }[],
        number,
      ];
      if (!invitation) throw new NotFoundError('Invitation', 'link');
      const user = await this.accountFor(manager, invitation.email, acceptance, signedIn);
      await manager.query('UPDATE invitation SET accepted_by = $1 WHERE id = $2', [
        user.id,
        invitation.id,
      ]);
      await manager.query(
        `INSERT INTO user_organization (user_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [user.id, invitation.organizationId],
      );
      const [membership] = (await manager.query(
        `INSERT INTO membership (plan_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (plan_id, user_id) DO UPDATE SET role = EXCLUDED.role, organization_id = EXCLUDED.organization_id,
           version = membership.version + 1, updated_at = now() RETURNING id`,
        [invitation.planId, user.id, invitation.organizationId, invitation.role],
      )) as [{ id: string }];
      await recordAudit(
        manager,
        { userId: user.id, organizationId: invitation.organizationId },
        {
          planId: invitation.planId,
          entity: 'Membership',
          entityId: membership.id,
          action: 'CREATE',
          before: null,
          after: {
            userId: user.id,
            role: invitation.role,
            organizationId: invitation.organizationId,
            invitationId: invitation.id,
          },
        },
      );
      return {
        user,
        session: signedIn
          ? undefined
          : await this.sessions.start(user.id, { method: 'INVITATION', requestId }, manager),
      };
    });
  }

  private async accountFor(
    manager: EntityManager,
    email: string,
    acceptance: Acceptance,
    signedIn: User | null,
  ): Promise<Pick<User, 'id' | 'email'>> {
    if (signedIn) {
      if (signedIn.email.toLowerCase() !== email.toLowerCase()) {
        throw new BadUserInputError('This invitation is for another e-mail address', {
          token: ['for another address'],
        });
      }
      return signedIn;
    }
    const [existing] = (await manager.query(
      'SELECT id FROM app_user WHERE lower(email) = lower($1)',
      [email],
    )) as {
      id: string;
    }[];
    if (existing) throw new UnauthenticatedError('Sign in first, then open the invitation again');
    if (!acceptance.displayName || !acceptance.password) {
      throw new BadUserInputError('Choose a name and a password for your new account', {
        ...(acceptance.displayName ? {} : { displayName: ['is required'] }),
        ...(acceptance.password ? {} : { password: ['is required'] }),
      });
    }
    const [created] = (await manager.query(
      'INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id, email',
      [email, acceptance.displayName, await hashPassword(acceptance.password)],
    )) as [{ id: string; email: string }];
    return created;
  }
}
