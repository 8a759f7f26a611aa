import { PlanMemberMutationsResolver, PlanMembersResolver } from './members.resolver';
import { PlanMemberLoaders, PlanMembersService } from './members.service';

export const membersProviders = [
  PlanMembersService,
  PlanMemberLoaders,
  PlanMembersResolver,
  PlanMemberMutationsResolver,
];
