import type { PlanRole } from '@oogo/shared-domain';
import type { PlanHeaderQuery } from '@oogo/web-data-access';
import { createContext, useContext } from 'react';

type PlanMemberRow = PlanHeaderQuery['plan']['members'][number];

/** What the signed-in person may do in this plan; the api checks the same rules again. */
export interface PlanAccess {
  role: PlanRole | null;
  /** The organisations the person acts for in this plan. */
  organizationIds: string[];
  organizationNames: string[];
  /** Manage members and the plan's status. */
  canManage: boolean;
  /** Comment on any bouwsteen or item. */
  canComment: boolean;
  /**
   * Edit an item: editors and coordinators everything, a contributor only the items of its
   * own organisation (`ownerOrganizationId`), a viewer nothing.
   */
  canEdit: (ownerOrganizationId?: string | null) => boolean;
}

export function planAccessOf(
  members: readonly PlanMemberRow[],
  viewerId: string | undefined,
): PlanAccess {
  const mine = members.filter((member) => member.userId === viewerId);
  const roles = new Set(mine.map((member) => member.role));
  const role: PlanRole | null = roles.has('COORDINATOR')
    ? 'COORDINATOR'
    : roles.has('EDITOR')
      ? 'EDITOR'
      : roles.has('CONTRIBUTOR')
        ? 'CONTRIBUTOR'
        : roles.has('VIEWER')
          ? 'VIEWER'
          : null;
  const organizationIds = mine.map((member) => member.organization.id);
  return {
    role,
    organizationIds,
    organizationNames: mine.map((member) => member.organization.name),
    canManage: role === 'COORDINATOR',
    canComment: role !== null && role !== 'VIEWER',
    canEdit: (owner) =>
      role === 'COORDINATOR' ||
      role === 'EDITOR' ||
      (role === 'CONTRIBUTOR' && !!owner && organizationIds.includes(owner)),
  };
}

export type PlanHeader = PlanHeaderQuery['plan'] & { access: PlanAccess };

/** The plan open in this part of the app, for every page under /plannen/<id>. */
export const PlanContext = createContext<PlanHeader | null>(null);

/**
 * What the viewer may do in the open plan. Outside a plan page (a component test) everything
 * is offered: the api is the one that refuses.
 */
export function usePlanAccess(): Pick<PlanAccess, 'canEdit' | 'canComment' | 'canManage'> {
  return (
    useContext(PlanContext)?.access ?? { canEdit: () => true, canComment: true, canManage: true }
  );
}

export function usePlan(): PlanHeader {
  const plan = useContext(PlanContext);
  if (!plan) throw new Error('usePlan() outside a plan page');
  return plan;
}
