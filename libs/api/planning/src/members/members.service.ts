import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError, ForbiddenError, NotFoundError, recordAudit } from '@oogo/api-core';
import { ErrorCode, ErrorReason, PlanRole } from '@oogo/shared-domain';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { groupBy } from '../common/collections';
import type { Sql } from '../workflow/consultation-reads';
import {
  ORGANIZATION_COLUMNS,
  organizationFrom,
  type OrganizationJson,
} from '../organization/organization-json';
import type { ChangePlanMemberRoleInput, RemovePlanMemberInput } from './members.inputs';
import type { PendingInvitation, PlanMember } from './members.models';

/** Demoting or removing the plan's only coordinator would leave nobody to manage it. */
export class LastCoordinatorError extends DomainError {
  constructor(field: 'role' | 'userId') {
    super(
      ErrorCode.BAD_USER_INPUT,
      'A plan keeps at least one coordinator: make someone else coordinator first',
      {
        reason: ErrorReason.LAST_COORDINATOR,
        fieldErrors: { [field]: ['the last coordinator of this plan'] },
      },
    );
  }
}

type Row<T extends { organization: unknown }> = Omit<T, 'organization'> & {
  organization: OrganizationJson;
};

const withOrganization = <T extends { organization: unknown }>(row: Row<T>): T =>
  ({ ...row, organization: organizationFrom(row.organization) }) as unknown as T;

/**
 * Members of plans, in one statement for any number of plans. Their e-mail addresses leave
 * the database only for a viewer who coordinates that plan. `where` selects memberships `m`,
 * with its parameters after $1 (the viewer's user id).
 */
async function readMembers(
  sql: Sql,
  viewerId: string,
  where: string,
  parameters: unknown[],
): Promise<PlanMember[]> {
  const rows = (await sql.query(
    `SELECT m.id, m.plan_id AS "planId", m.user_id AS "userId", u.display_name AS "displayName",
            CASE WHEN viewer.role = 'COORDINATOR' THEN u.email END AS email,
            m.role, m.created_at AS since, ${ORGANIZATION_COLUMNS('o')} AS organization
       FROM membership m
       JOIN app_user u ON u.id = m.user_id
       JOIN organization o ON o.id = m.organization_id
       LEFT JOIN membership viewer ON viewer.plan_id = m.plan_id AND viewer.user_id = $1
      WHERE ${where}
      ORDER BY lower(u.display_name), u.id`,
    [viewerId, ...parameters],
  )) as Row<PlanMember>[];
  return rows.map(withOrganization);
}

/** A membership as the audit trail keeps it. */
interface StoredMembership {
  id: string;
  userId: string;
  displayName: string;
  organizationId: string;
  role: PlanRole;
}

/**
 * The audit row and live `Membership` event of a change (`after` null: the membership ended).
 * The event carries no item: members refetch `Plan.members`, whose e-mail addresses are not
 * for everyone.
 */
function recordMembershipChange(
  manager: EntityManager,
  actor: Actor,
  planId: string,
  before: StoredMembership,
  after: StoredMembership | null,
): Promise<void> {
  return recordAudit(manager, actor, {
    planId,
    entity: 'Membership',
    entityId: before.id,
    action: after ? 'UPDATE' : 'DELETE',
    before: { ...before },
    after: after && { ...after },
  });
}

/**
 * Who takes part in a plan, and the coordinator's changes to that: roles, removal. Every
 * change is audited and goes out as a `Membership` event on the plan's live stream (where the
 * collaboration module ends the streams of whoever is no longer a member).
 */
@Injectable()
export class PlanMembersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The members of each plan, as `viewerId` may see them. */
  async membersOf(planIds: readonly string[], viewerId: string): Promise<PlanMember[]> {
    return readMembers(this.dataSource, viewerId, 'm.plan_id = ANY($2::uuid[])', [planIds]);
  }

  /** `viewerId`'s role in each of these plans (absent where they are not a member). */
  async rolesOf(planIds: readonly string[], viewerId: string): Promise<Map<string, PlanRole>> {
    const rows = (await this.dataSource.query(
      'SELECT plan_id AS "planId", role FROM membership WHERE plan_id = ANY($1::uuid[]) AND user_id = $2',
      [planIds, viewerId],
    )) as { planId: string; role: PlanRole }[];
    return new Map(rows.map((row) => [row.planId, row.role]));
  }

  /** Invitations that can still be accepted, of each plan, newest first. */
  async pendingInvitationsOf(planIds: readonly string[]): Promise<PendingInvitation[]> {
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.plan_id AS "planId", i.email, i.role, i.created_at AS "invitedAt",
              u.display_name AS "invitedByName", i.expires_at AS "expiresAt",
              ${ORGANIZATION_COLUMNS('o')} AS organization
         FROM invitation i
         JOIN organization o ON o.id = i.organization_id
         LEFT JOIN app_user u ON u.id = i.invited_by
        WHERE i.plan_id = ANY($1::uuid[])
          AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        ORDER BY i.created_at DESC, i.id`,
      [planIds],
    )) as Row<PendingInvitation>[];
    return rows.map(withOrganization);
  }

  /** Gives a member another role; the last coordinator stays one. */
  changeRole(input: ChangePlanMemberRoleInput, actor: Actor): Promise<PlanMember> {
    return this.dataSource.transaction(async (manager) => {
      const { member, coordinators } = await this.lockMember(manager, input);
      if (member.role !== input.role) {
        if (member.role === PlanRole.COORDINATOR && coordinators === 1) {
          throw new LastCoordinatorError('role');
        }
        await manager.query(
          'UPDATE membership SET role = $2, version = version + 1, updated_at = now() WHERE id = $1',
          [member.id, input.role],
        );
        await recordMembershipChange(manager, actor, input.planId, member, {
          ...member,
          role: input.role,
        });
      }
      const [changed] = await readMembers(manager, actor.userId, 'm.id = $2', [member.id]);
      return changed as PlanMember;
    });
  }

  /**
   * Takes someone out of the plan (yourself too); the last coordinator stays.
   * @returns the id of the membership that ended
   */
  remove(input: RemovePlanMemberInput, actor: Actor): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const { member, coordinators } = await this.lockMember(manager, input);
      if (member.role === PlanRole.COORDINATOR && coordinators === 1) {
        throw new LastCoordinatorError('userId');
      }
      await manager.query('DELETE FROM membership WHERE id = $1', [member.id]);
      await recordMembershipChange(manager, actor, input.planId, member, null);
      return member.id;
    });
  }

  /**
   * The member, with every membership of the plan locked: two coordinators demoting each
   * other at once cannot both succeed and leave the plan without one.
   */
  private async lockMember(
    manager: EntityManager,
    { planId, userId }: { planId: string; userId: string },
  ): Promise<{ member: StoredMembership; coordinators: number }> {
    const memberships = (await manager.query(
      `SELECT m.id, m.user_id AS "userId", u.display_name AS "displayName",
              m.organization_id AS "organizationId", m.role
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.plan_id = $1 ORDER BY m.id FOR UPDATE OF m`,
      [planId],
    )) as StoredMembership[];
    const member = memberships.find((row) => row.userId === userId.toLowerCase());
    if (!member) throw new NotFoundError('PlanMember', userId);
    const coordinators = memberships.filter((row) => row.role === PlanRole.COORDINATOR).length;
    return { member, coordinators };
  }
}

/**
 * What one request reads about members, batched over every plan it asks about (e.g.
 * `plans { members }`): one statement for all, not one per plan.
 */
@Injectable()
export class PlanMemberLoaders {
  private readonly perRequest = new WeakMap<
    object,
    {
      members: DataLoader<string, PlanMember[]>;
      roles: DataLoader<string, PlanRole | undefined>;
      invitations: DataLoader<string, PendingInvitation[]>;
    }
  >();

  constructor(private readonly service: PlanMembersService) {}

  members(context: object, viewerId: string, planId: string): Promise<PlanMember[]> {
    return this.of(context, viewerId).members.load(planId);
  }

  /** Coordinators only: anyone else is refused, as with the audit trail. */
  async invitations(
    context: object,
    viewerId: string,
    planId: string,
  ): Promise<PendingInvitation[]> {
    const loaders = this.of(context, viewerId);
    if ((await loaders.roles.load(planId)) !== PlanRole.COORDINATOR) {
      throw new ForbiddenError('Only a coordinator of this plan sees its invitations');
    }
    return loaders.invitations.load(planId);
  }

  private of(context: object, viewerId: string) {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      const byPlan = <T extends { planId: string }>(
        read: (planIds: readonly string[]) => Promise<T[]>,
      ) =>
        new DataLoader(async (planIds: readonly string[]) => {
          const byPlanId = groupBy(await read(planIds), (row) => row.planId);
          return planIds.map((planId) => byPlanId.get(planId) ?? []);
        });
      loaders = {
        members: byPlan((planIds) => this.service.membersOf(planIds, viewerId)),
        invitations: byPlan((planIds) => this.service.pendingInvitationsOf(planIds)),
        roles: new DataLoader(async (planIds: readonly string[]) => {
          const roles = await this.service.rolesOf(planIds, viewerId);
          return planIds.map((planId) => roles.get(planId));
        }),
      };
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }
}
