import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ImprovementActionStatus } from '@oogo/shared-domain';
import { Column, Entity } from 'typeorm';
import '@oogo/api-core';
import { PlanItem } from '../common/versioned-entity';

// Bouwsteen 6: leren en verbeteren.

/** A review moment: the four questions answered per party, and what was decided. */
@ObjectType()
@Entity({ name: 'learning_review' })
export class LearningReview extends PlanItem {
  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summary!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  decisions!: string;
}

/** A verbeteractie: what will change in a result or activity, who does it and by when. */
@ObjectType()
@Entity({ name: 'improvement_action' })
export class ImprovementAction extends PlanItem {
  @Field(() => ID, { nullable: true })
  @Column({ name: 'learning_review_id', type: 'uuid', nullable: true })
  learningReviewId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'societal_result_id', type: 'uuid', nullable: true })
  societalResultId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId!: string | null;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId!: string | null;

  @Field()
  @Column({ name: 'owner_name', type: 'text', default: '' })
  ownerName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Field(() => ImprovementActionStatus)
  @Column({ type: 'enum', enum: ImprovementActionStatus, enumName: 'improvement_action_status' })
  status!: ImprovementActionStatus;
}
