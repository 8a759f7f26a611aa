import { Field, ID, ObjectType } from '@nestjs/graphql';
import '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { Organization } from '../organization/organization.entity';

@ObjectType({
  description: 'deelnemer: someone who takes part in a plan, for one organisation, with a role.',
})
export class PlanMember {
  @Field(() => ID, {
    description: 'The membership (someone who leaves and is invited again gets a new one).',
  })
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only a COORDINATOR of the plan sees members' e-mail addresses (to manage who takes part); for everyone else, this is null.",
  })
  email!: string | null;

  @Field(() => Organization, { description: 'The organisation they take part for.' })
  organization!: Organization;

  @Field(() => PlanRole)
  role!: PlanRole;

  @Field({ description: 'When they joined the plan.' })
  since!: Date;
}

@ObjectType({
  description:
    'An invitation to the plan that was not accepted, taken back or expired yet: its link still works.',
})
export class PendingInvitation {
  @Field(() => ID, { description: 'Pass it to `revokeInvitation` to take the invitation back.' })
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field()
  email!: string;

  @Field(() => PlanRole, { description: 'The role the person gets on accepting.' })
  role!: PlanRole;

  @Field(() => Organization, { description: 'The organisation the person will take part for.' })
  organization!: Organization;

  @Field()
  invitedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who sent it (null once that account is gone).',
  })
  invitedByName!: string | null;

  @Field({ description: 'After this the link no longer works.' })
  expiresAt!: Date;
}
