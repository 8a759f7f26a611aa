import { Actor, BadUserInputError, UnauthenticatedError } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import type { EntityManager } from 'typeorm';
import type { Organization } from '../organization/organization.entity';
import type { Plan } from './plan.entity';

// These write the access tables (membership, user_organization) in the same transaction as
// the item, so a new plan or organisation never exists without someone who can manage it.

/** The creator of a plan takes part for one of their organisations, as its coordinator. */
export async function makeCreatorCoordinator(
  manager: EntityManager,
  plan: Plan,
  input: Record<string, unknown>,
  actor: Actor | undefined,
): Promise<void> {
  if (!actor) throw new UnauthenticatedError();
  const organizationId = input['organizationId'];
  const works = (await manager.query(
    'SELECT 1 FROM user_organization WHERE user_id = $1 AND organization_id = $2',
    [actor.userId, organizationId],
  )) as unknown[];
  if (!works.length) {
    throw new BadUserInputError('You can only start a plan for an organisation you work for', {
      organizationId: ['not one of your organisations'],
    });
  }
  await manager.query(
    'INSERT INTO plan_organization (plan_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [plan.id, organizationId],
  );
  await manager.query(
    'INSERT INTO membership (plan_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)',
    [plan.id, actor.userId, organizationId, PlanRole.COORDINATOR],
  );
}

/** Whoever registers an organisation becomes its first admin. */
export async function makeCreatorAdmin(
  manager: EntityManager,
  organization: Organization,
  _input: Record<string, unknown>,
  actor: Actor | undefined,
): Promise<void> {
  if (!actor) throw new UnauthenticatedError();
  await manager.query(
    'INSERT INTO user_organization (user_id, organization_id, is_admin) VALUES ($1, $2, true)',
    [actor.userId, organization.id],
  );
}
