import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Actor, actorOf, UnauthenticatedError } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { Plan } from '../plan/plan.entity';
import { ChangePlanMemberRoleInput, RemovePlanMemberInput } from './members.inputs';
import { PendingInvitation, PlanMember } from './members.models';
import { PlanMemberLoaders, PlanMembersService } from './members.service';

/** Who is asking: every way to a plan goes through a signed-in access rule. */
function viewerOf(context: object): string {
  const actor = actorOf(context);
  if (!actor) throw new UnauthenticatedError();
  return actor.userId;
}

/** The people of a plan: who takes part, who is invited, and the coordinator's changes. */
@Resolver(() => Plan)
export class PlanMembersResolver {
  constructor(private readonly loaders: PlanMemberLoaders) {}

  @Access.inherit()
  @ResolveField(() => [PlanMember], {
    description:
      'Everyone who takes part, by name (for mentions and presence). E-mail addresses only for a COORDINATOR.',
  })
  members(@Parent() plan: Plan, @Context() context: object): Promise<PlanMember[]> {
    return this.loaders.members(context, viewerOf(context), plan.id);
  }

  @Access.inherit()
  @ResolveField(() => [PendingInvitation], {
    description:
      'Invitations that can still be accepted, newest first. COORDINATOR only: anyone else gets FORBIDDEN (ask for it only as a coordinator, e.g. with @include).',
  })
  invitations(@Parent() plan: Plan, @Context() context: object): Promise<PendingInvitation[]> {
    return this.loaders.invitations(context, viewerOf(context), plan.id);
  }
}

@Resolver(() => PlanMember)
export class PlanMemberMutationsResolver {
  constructor(private readonly members: PlanMembersService) {}

  @Access.planRole(PlanRole.COORDINATOR, { planIdAt: 'input.planId' })
  @Mutation(() => PlanMember, {
    description:
      'Gives a member another role. The last COORDINATOR cannot step down: BAD_USER_INPUT with reason LAST_COORDINATOR.',
  })
  changePlanMemberRole(
    @Args('input') input: ChangePlanMemberRoleInput,
    @Context() context: object,
  ): Promise<PlanMember> {
    return this.members.changeRole(input, actorOf(context) as Actor);
  }

  @Access.planRole(PlanRole.COORDINATOR, { planIdAt: 'input.planId' })
  @Mutation(() => ID, {
    description:
      'Takes a member (or yourself) out of the plan; their live subscriptions to it end. Returns the id of the membership (`PlanMember.id`). The last COORDINATOR stays: BAD_USER_INPUT with reason LAST_COORDINATOR.',
  })
  removePlanMember(
    @Args('input') input: RemovePlanMemberInput,
    @Context() context: object,
  ): Promise<string> {
    return this.members.remove(input, actorOf(context) as Actor);
  }
}
