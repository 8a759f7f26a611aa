import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import '@oogo/api-core';
import { Stage } from '@oogo/shared-domain';
import { Organization } from '../organization/organization.entity';
import { Plan } from '../plan/plan.entity';

/** akkoord or bezwaar */
export const ApprovalDecision = { AGREE: 'AGREE', OBJECT: 'OBJECT' } as const;
export type ApprovalDecision = keyof typeof ApprovalDecision;
registerEnumType(ApprovalDecision, { name: 'ApprovalDecision' });

/** Where one gemeente or schoolbestuur stands in the current consultation round. */
export const ConsultationPartyState = {
  /** Agreed to the plan as it is now. */
  AGREED: 'AGREED',
  /** Objects to the plan as it is now (see the approval's reason). */
  OBJECTED: 'OBJECTED',
  /** Decided on an earlier text: the plan changed since. */
  STALE: 'STALE',
  /** No decision yet in this round. */
  WAITING: 'WAITING',
} as const;
export type ConsultationPartyState = keyof typeof ConsultationPartyState;
registerEnumType(ConsultationPartyState, { name: 'ConsultationPartyState' });

@ObjectType({
  description:
    'akkoord: a gemeente or schoolbestuur agrees with the plan (or objects, with a reason) in one consultation round.',
})
export class Approval {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => Int, {
    description: 'The draft cycle: adopted versions so far + 1. Earlier cycles no longer count.',
  })
  cycle!: number;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => ApprovalDecision)
  decision!: ApprovalDecision;

  @Field(() => String, { nullable: true, description: 'Required for an objection.' })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  givenByUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who gave it (null once the account is gone).',
  })
  givenByName!: string | null;

  @Field()
  givenAt!: Date;

  @Field(() => Int, { description: "The plan's live event sequence when it was given." })
  eventSequence!: number;

  @Field({
    description:
      'The plan changed since (an item or the plan itself): the party agreed to an earlier text. See `changesSince`.',
  })
  stale!: boolean;
}

@ObjectType({ description: 'One change to the plan text, e.g. since an approval.' })
export class PlanChange {
  @Field(() => Int)
  sequence!: number;

  @Field({ description: 'The GraphQL type, e.g. Activity, or Plan.' })
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  action!: string;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => Stage, { nullable: true, description: 'The bouwsteen; null for the plan itself.' })
  stage!: Stage | null;

  @Field(() => String, { nullable: true, description: "The item's name, title or statement." })
  label!: string | null;

  @Field(() => String, { nullable: true })
  userName!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field()
  occurredAt!: Date;
}

@ObjectType()
export class ConsultationParty {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => ConsultationPartyState)
  state!: ConsultationPartyState;

  @Field(() => Approval, { nullable: true, description: 'Its decision in this round, if any.' })
  approval!: Approval | null;
}

@ObjectType({
  description: 'Where the OOGO stands: which gemeenten and schoolbesturen agree with the plan now.',
})
export class Consultation {
  @Field(() => Int)
  cycle!: number;

  @Field(() => [ConsultationParty], {
    description: 'Every participating gemeente and schoolbestuur (partners do not decide).',
  })
  parties!: ConsultationParty[];

  @Field(() => Int)
  agreedCount!: number;

  @Field(() => Int)
  objectedCount!: number;

  @Field(() => Int, { description: 'Decisions on an earlier text.' })
  staleCount!: number;

  @Field(() => [Organization], {
    description: 'Who still has to agree to the plan as it is now (waiting, stale or objecting).',
  })
  waitingFor!: Organization[];

  @Field({ description: 'In consultation, and every gemeente and schoolbestuur agrees now.' })
  canAdopt!: boolean;
}

@ObjectType({ description: 'A vastgesteld version of a plan, frozen when it was adopted.' })
export class PlanSnapshot {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { description: '1 for the first adopted version, then 2, …' })
  number!: number;

  @Field()
  adoptedAt!: Date;

  @Field(() => ID, { nullable: true })
  adoptedByUserId!: string | null;

  @Field(() => String, { nullable: true })
  adoptedByName!: string | null;

  @Field(() => Int, { description: "The plan's last live event included in this version." })
  eventSequence!: number;

  /** Only loaded when asked for (see the `graph` field resolver). */
  graph?: Record<string, unknown>;
}

@ObjectType()
export class AdoptPlanPayload {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => PlanSnapshot)
  snapshot!: PlanSnapshot;
}

@ObjectType({ description: 'An item that differs between two versions of a plan.' })
export class ComparedItem {
  @Field({ description: 'The GraphQL type, e.g. Activity.' })
  itemType!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => [String], { description: 'For a changed item: which fields differ.' })
  changedFields!: string[];
}

@ObjectType()
export class StageComparison {
  @Field(() => Stage)
  stage!: Stage;

  @Field(() => [ComparedItem])
  added!: ComparedItem[];

  @Field(() => [ComparedItem])
  changed!: ComparedItem[];

  @Field(() => [ComparedItem])
  removed!: ComparedItem[];
}

@ObjectType({ description: 'What differs between two versions of a plan, per bouwsteen.' })
export class PlanComparison {
  @Field(() => PlanSnapshot)
  from!: PlanSnapshot;

  @Field(() => PlanSnapshot, { nullable: true, description: 'Null: the plan as it is now.' })
  to!: PlanSnapshot | null;

  @Field(() => [String], {
    description: "The plan's own fields that differ, e.g. title or participantIds.",
  })
  planChangedFields!: string[];

  @Field(() => [StageComparison], { description: 'All six bouwstenen, in order.' })
  stages!: StageComparison[];
}
