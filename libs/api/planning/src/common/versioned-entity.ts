import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VersionedEntity } from '@oogo/api-core';
import { Column } from 'typeorm';

export { VersionedEntity };

/** An item of one plan; links to other items are only possible within the same plan. */
@ObjectType({ isAbstract: true })
export abstract class PlanItem extends VersionedEntity {
  @Field(() => ID)
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;
}
