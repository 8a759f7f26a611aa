import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  ActivityKind,
  AssessmentRating,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
} from '@oogo/shared-domain';
import { Column, Entity } from 'typeorm';
import '@oogo/api-core';
import { PlanItem } from '../common/versioned-entity';

// Bouwsteen 3: gekozen activiteiten en voorzieningen.

/** An activity, intervention or voorziening the parties choose to deploy. */
@ObjectType()
@Entity({ name: 'activity' })
export class Activity extends PlanItem {
  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => ActivityKind)
  @Column({ type: 'enum', enum: ActivityKind, enumName: 'activity_kind' })
  kind!: ActivityKind;

  @Field({ description: 'doelgroep' })
  @Column({ name: 'target_group', type: 'text' })
  targetGroup!: string;

  @Field(() => ID, { nullable: true, description: 'uitvoerder: a participating organisation' })
  @Column({ name: 'executor_organization_id', type: 'uuid', nullable: true })
  executorOrganizationId!: string | null;

  @Field(() => EvidenceLevel, {
    description: 'Recognition in the databank Effectieve Jeugdinterventies.',
  })
  @Column({ name: 'evidence_level', type: 'enum', enum: EvidenceLevel, enumName: 'evidence_level' })
  evidenceLevel!: EvidenceLevel;
}

/** Literature that underpins an activity. */
@ObjectType()
@Entity({ name: 'literature_reference' })
export class LiteratureReference extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Field()
  @Column({ type: 'text' })
  citation!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url!: string | null;
}

/** An activity serves a result: the link, with how it contributes. */
@ObjectType()
@Entity({ name: 'contribution' })
export class Contribution extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Field(() => ID)
  @Column({ name: 'societal_result_id', type: 'uuid' })
  societalResultId!: string;

  @Field({ description: 'hoe draagt deze activiteit bij aan het resultaat?' })
  @Column({ type: 'text', default: '' })
  rationale!: string;
}

/** How an activity scores on one criterion of effectiveness. */
@ObjectType()
@Entity({ name: 'activity_assessment' })
export class ActivityAssessment extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Field(() => EffectivenessCriterion)
  @Column({ type: 'enum', enum: EffectivenessCriterion, enumName: 'effectiveness_criterion' })
  criterion!: EffectivenessCriterion;

  @Field(() => AssessmentRating)
  @Column({ type: 'enum', enum: AssessmentRating, enumName: 'assessment_rating' })
  rating!: AssessmentRating;

  @Field()
  @Column({ type: 'text', default: '' })
  explanation!: string;
}

/** One of the seven points of the checklist for interventions, for one activity. */
@ObjectType()
@Entity({ name: 'intervention_checklist_item' })
export class InterventionChecklistItem extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Field(() => ChecklistPoint)
  @Column({ type: 'enum', enum: ChecklistPoint, enumName: 'checklist_point' })
  point!: ChecklistPoint;

  @Field(() => ChecklistStatus)
  @Column({ type: 'enum', enum: ChecklistStatus, enumName: 'checklist_status' })
  status!: ChecklistStatus;

  @Field()
  @Column({ type: 'text', default: '' })
  explanation!: string;
}
