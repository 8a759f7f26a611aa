import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JsonObject } from '@oogo/api-core';

export enum PlanEventKind {
  /** Something in the plan changed: apply `item`, or remove `entityId` when deleted. */
  CHANGE = 'CHANGE',
  /** Too much was missed to replay: fetch the plan again; events continue after `sequence`. */
  RESYNC = 'RESYNC',
}
registerEnumType(PlanEventKind, { name: 'PlanEventKind' });

@ObjectType({ description: 'Who made a change, and for which organisation.' })
export class EventActor {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field(() => ID, { nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;
}

@ObjectType({
  description:
    'A committed change to a plan, in order: `sequence` counts up by one per plan, without gaps.',
})
export class PlanEvent {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { description: 'Pass the last one you saw as `afterSequence` to resume.' })
  sequence!: number;

  @Field(() => PlanEventKind)
  kind!: PlanEventKind;

  @Field(() => String, { nullable: true, description: 'The GraphQL type, e.g. Activity.' })
  entity!: string | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => String, { nullable: true, description: 'CREATE, UPDATE or DELETE' })
  action!: string | null;

  @Field(() => [String], { description: 'The fields whose value changed.' })
  changedFields!: string[];

  @Field(() => JsonObject, {
    nullable: true,
    description:
      'The item after the change, with `__typename` and the fields of its type; null when deleted, and for changes that are not plan items (refetch those).',
  })
  item!: Record<string, unknown> | null;

  @Field(() => EventActor, { nullable: true })
  actor!: EventActor | null;

  @Field(() => Date, { nullable: true })
  occurredAt!: Date | null;
}
