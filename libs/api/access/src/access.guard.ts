import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACCESS_RULE,
  AccessRule,
  Actor,
  ForbiddenError,
  NotFoundError,
  PlanLocator,
  requestIdOf,
  UnauthenticatedError,
} from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { sessionToken } from './auth/session-cookie';
import { SessionService } from './auth/session.service';

// Higher can do everything lower can.
const RANK: Record<PlanRole, number> = { VIEWER: 0, CONTRIBUTOR: 1, EDITOR: 2, COORDINATOR: 3 };

function valueAt(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source);
}

/**
 * Default deny: an operation without an access rule is refused. Plans are invisible to
 * non-members (NOT_FOUND, never data), and roles are checked against the member's role.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This operation has no access rule');
    if (rule.kind === 'public' || rule.kind === 'inherit') return true;

    const { request, args, operation } = this.requestAndArgs(context);
    const user = await this.sessions.userFor(sessionToken(request));
    if (!user) throw new UnauthenticatedError();
    const actor: Actor = {
      userId: user.id,
      requestId: requestIdOf(request),
    };
    // On the operation's context: a WebSocket connection shares one request between operations.
    // A plain HTTP route has its request to itself.
    if (operation) operation.actor = actor;
    else if (request) (request as { actor?: Actor }).actor = actor;

    if (rule.kind === 'organizationAdmin') {
      await this.requireOrganizationAdmin(user.id, valueAt(args, rule.organizationIdAt));
    } else if (rule.kind === 'planRole') {
      Object.assign(actor, await this.requirePlanRole(user.id, rule, args));
    }
    return true;
  }

  /** The HTTP request (for a WebSocket: its upgrade request), the arguments, and the GraphQL context. */
  private requestAndArgs(context: ExecutionContext): {
    request: Request | undefined;
    args: unknown;
    operation?: { actor?: Actor };
  } {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const operation = gql.getContext<{ req?: Request; actor?: Actor }>();
      return { request: operation.req, args: gql.getArgs(), operation };
    }
    const request = context.switchToHttp().getRequest<Request>();
    return { request, args: { ...request.params, ...request.query } };
  }

  private async requireOrganizationAdmin(userId: string, organizationId: unknown): Promise<void> {
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM user_organization WHERE user_id = $1 AND organization_id::text = $2 AND is_admin',
      [userId, String(organizationId)],
    )) as unknown[];
    if (!rows.length) throw new ForbiddenError('Only an admin of this organisation may do this');
  }

  private async requirePlanRole(
    userId: string,
    rule: Extract<AccessRule, { kind: 'planRole' }>,
    args: unknown,
  ): Promise<Pick<Actor, 'organizationId' | 'role'>> {
    const planId = await this.planIdOf(rule.plan, args);
    const [membership] = (await this.dataSource.query(
      'SELECT role, organization_id AS "organizationId" FROM membership WHERE plan_id::text = $1 AND user_id = $2',
      [planId, userId],
    )) as { role: PlanRole; organizationId: string }[];
    // Not a member: the plan, and everything in it, does not exist for this person.
    if (!membership) throw new NotFoundError('Plan', String(planId));
    if (
      RANK[membership.role] < RANK[rule.minRole] &&
      !(await this.ownItem(membership, rule, args))
    ) {
      throw new ForbiddenError(`Needs the role ${rule.minRole} in this plan`);
    }
    return membership;
  }

  /** A contributor acting on an item of its own organisation (create: the input's; else the stored one). */
  private async ownItem(
    membership: { role: PlanRole; organizationId: string },
    rule: Extract<AccessRule, { kind: 'planRole' }>,
    args: unknown,
  ): Promise<boolean> {
    if (membership.role !== PlanRole.CONTRIBUTOR || !rule.ownOrganization) return false;
    const input = valueAt(args, 'input') as Record<string, unknown> | undefined;
    const given = input?.[rule.ownOrganization];
    if (given !== undefined && given !== membership.organizationId) return false;
    if (!('itemIdAt' in rule.plan)) return given === membership.organizationId;
    const metadata = this.dataSource.getMetadata(rule.plan.item);
    const column = metadata.findColumnWithPropertyName(rule.ownOrganization)?.databaseName;
    if (!column) return false;
    const [row] = (await this.dataSource.query(
      `SELECT "${column}" AS owner FROM "${metadata.tableName}" WHERE id::text = $1`,
      [String(valueAt(args, rule.plan.itemIdAt))],
    )) as { owner: string | null }[];
    return row?.owner === membership.organizationId;
  }

  private async planIdOf(locator: PlanLocator, args: unknown): Promise<string> {
    if ('planIdAt' in locator) return String(valueAt(args, locator.planIdAt));
    const id = String(valueAt(args, locator.itemIdAt));
    const metadata = this.dataSource.getMetadata(locator.item);
    const [row] = (await this.dataSource.query(
      `SELECT plan_id AS "planId" FROM "${metadata.tableName}" WHERE id::text = $1`,
      [id],
    )) as { planId: string }[];
    if (!row) throw new NotFoundError(metadata.name, id);
    return row.planId;
  }
}
