import { SetMetadata, Type } from '@nestjs/common';
import type { PlanRole } from '@oogo/shared-domain';

export const ACCESS_RULE = 'oogo:access-rule';

/** Where an operation finds the plan it acts on: an argument holding the plan's id, or an item's id. */
export type PlanLocator = { planIdAt: string } | { itemIdAt: string; item: Type<unknown> };

/**
 * Who may call an operation. Every query, mutation and controller route declares one; the
 * guard refuses anything without (default deny), and a test walks all resolvers for it.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  /** Field resolvers: they only reach within the parent, which was checked already. */
  | { kind: 'inherit' }
  | { kind: 'organizationAdmin'; organizationIdAt: string }
  | {
      kind: 'planRole';
      minRole: PlanRole;
      plan: PlanLocator;
      /**
       * A CONTRIBUTOR may still act when the item belongs to their own organisation: the
       * property (on the input and the stored item) that names the organisation.
       */
      ownOrganization?: string;
    };

export const Access = {
  public: () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule),
  signedIn: () => SetMetadata(ACCESS_RULE, { kind: 'signedIn' } satisfies AccessRule),
  inherit: () => SetMetadata(ACCESS_RULE, { kind: 'inherit' } satisfies AccessRule),
  organizationAdmin: (organizationIdAt: string) =>
    SetMetadata(ACCESS_RULE, { kind: 'organizationAdmin', organizationIdAt } satisfies AccessRule),
  planRole: (minRole: PlanRole, plan: PlanLocator, ownOrganization?: string) =>
    SetMetadata(ACCESS_RULE, {
      kind: 'planRole',
      minRole,
      plan,
      ownOrganization,
    } satisfies AccessRule),
};

/** Who is acting, as the access guard established it; attached to the request. */
export interface Actor {
  userId: string;
  /** The organisation the person acts for in this plan (plan operations only). */
  organizationId?: string;
  role?: PlanRole;
  /** The request's id, also in the X-Request-Id response header, to find it in logs and the audit trail. */
  requestId?: string;
}

/**
 * The actor of a GraphQL operation, as the guard put it on the operation's context (not on
 * the request: a WebSocket connection shares one request between operations).
 */
export function actorOf(context: object): Actor | undefined {
  return (context as { actor?: Actor }).actor;
}
