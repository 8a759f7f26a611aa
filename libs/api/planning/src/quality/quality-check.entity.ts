import { Field, ID, ObjectType } from '@nestjs/graphql';
import { QualityPerspective, QualityRequirement, QualityStatus } from '@oogo/shared-domain';
import { Column, Entity } from 'typeorm';
import '@oogo/api-core';
import { PlanItem } from '../common/versioned-entity';

/** Bouwsteen 4: whether an activity meets a quality requirement, seen from one perspective. */
@ObjectType()
@Entity({ name: 'quality_check' })
export class QualityCheck extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Field(() => QualityRequirement)
  @Column({ type: 'enum', enum: QualityRequirement, enumName: 'quality_requirement' })
  requirement!: QualityRequirement;

  @Field(() => QualityPerspective, { description: 'ontvanger, aanbieder or financier' })
  @Column({ type: 'enum', enum: QualityPerspective, enumName: 'quality_perspective' })
  perspective!: QualityPerspective;

  @Field(() => QualityStatus)
  @Column({ type: 'enum', enum: QualityStatus, enumName: 'quality_status' })
  status!: QualityStatus;

  @Field()
  @Column({ type: 'text', default: '' })
  evidence!: string;
}
