import { InputType } from '@nestjs/graphql';
import { ImprovementActionStatus } from '@oogo/shared-domain';
import { DateField, EnumField, IdField, TextField, UpdateInputOf } from '../common/input-fields';

@InputType()
export class CreateLearningReviewInput {
  @IdField({ required: true }) planId!: string;
  @TextField(200, { required: true }) title!: string;
  @DateField({ required: true }) heldOn!: string;
  @TextField(10000) summary?: string;
  @TextField(10000) decisions?: string;
}

@InputType()
export class UpdateLearningReviewInput extends UpdateInputOf(CreateLearningReviewInput) {}

@InputType()
export class CreateImprovementActionInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ nullable: true }) learningReviewId?: string | null;
  @IdField({ nullable: true, description: 'The result this action changes.' }) societalResultId?:
    string | null;
  @IdField({ nullable: true, description: 'The activity this action changes.' }) activityId?:
    string | null;
  @TextField(200, { required: true }) title!: string;
  @TextField(4000) description?: string;
  @IdField({ nullable: true }) ownerOrganizationId?: string | null;
  @TextField(200) ownerName?: string;
  @DateField({ nullable: true }) dueDate?: string | null;
  @EnumField(ImprovementActionStatus) status?: ImprovementActionStatus;
}

@InputType()
export class UpdateImprovementActionInput extends UpdateInputOf(CreateImprovementActionInput) {}
