import { InputType } from '@nestjs/graphql';
import {
  ActivityKind,
  AssessmentRating,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
} from '@oogo/shared-domain';
import { EnumField, IdField, TextField, UpdateInputOf, UrlField } from '../common/input-fields';

@InputType()
export class CreateActivityInput {
  @IdField({ required: true }) planId!: string;
  @TextField(200, { required: true }) name!: string;
  @TextField(10000) description?: string;
  @EnumField(ActivityKind, { required: true }) kind!: ActivityKind;
  @TextField(500, { required: true, description: 'doelgroep' }) targetGroup!: string;
  @IdField({ nullable: true, description: 'uitvoerder: a participating organisation' })
  executorOrganizationId?: string | null;
  @EnumField(EvidenceLevel) evidenceLevel?: EvidenceLevel;
}

@InputType()
export class UpdateActivityInput extends UpdateInputOf(CreateActivityInput) {}

@InputType()
export class CreateLiteratureReferenceInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) activityId!: string;
  @TextField(1000, { required: true }) citation!: string;
  @UrlField({ nullable: true }) url?: string | null;
}

@InputType()
export class UpdateLiteratureReferenceInput extends UpdateInputOf(CreateLiteratureReferenceInput) {}

@InputType()
export class CreateContributionInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) activityId!: string;
  @IdField({ required: true }) societalResultId!: string;
  @TextField(4000, { description: 'hoe draagt deze activiteit bij aan het resultaat?' })
  rationale?: string;
}

@InputType()
export class UpdateContributionInput extends UpdateInputOf(CreateContributionInput) {}

@InputType()
export class CreateActivityAssessmentInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) activityId!: string;
  @EnumField(EffectivenessCriterion, { required: true }) criterion!: EffectivenessCriterion;
  @EnumField(AssessmentRating) rating?: AssessmentRating;
  @TextField(4000) explanation?: string;
}

@InputType()
export class UpdateActivityAssessmentInput extends UpdateInputOf(CreateActivityAssessmentInput) {}

@InputType()
export class CreateInterventionChecklistItemInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) activityId!: string;
  @EnumField(ChecklistPoint, { required: true }) point!: ChecklistPoint;
  @EnumField(ChecklistStatus, { required: true }) status!: ChecklistStatus;
  @TextField(4000) explanation?: string;
}

@InputType()
export class UpdateInterventionChecklistItemInput extends UpdateInputOf(
  CreateInterventionChecklistItemInput,
) {}
