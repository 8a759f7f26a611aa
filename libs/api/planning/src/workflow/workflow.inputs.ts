import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PlanStatus } from '@oogo/shared-domain';
import { Transform } from 'class-transformer';
import { IsString, Length, ValidateIf } from 'class-validator';
import { EnumField, IdField, IntField } from '../common/input-fields';
import { ApprovalDecision } from './workflow.models';

const MAX_VERSION = 2_147_483_647;

@InputType()
export class ChangePlanStatusInput {
  @IdField({ required: true }) planId!: string;

  @IntField(1, MAX_VERSION, { required: true, description: 'The plan version you last saw.' })
  version!: number;

  @EnumField(PlanStatus, {
    required: true,
    description:
      'DRAFT → IN_CONSULTATION, or back to DRAFT (withdraw). ADOPTED only through adoptPlan.',
  })
  status!: PlanStatus;
}

@InputType()
export class RecordApprovalInput {
  @IdField({ required: true }) planId!: string;

  @IdField({
    required: true,
    description: 'The gemeente or schoolbestuur you take part in the plan for.',
  })
  organizationId!: string;

  @EnumField(ApprovalDecision, { required: true }) decision!: ApprovalDecision;

  // Not TextField: whether it is required depends on the decision.
  @Field(() => String, { nullable: true, description: 'Why you object; required for OBJECT.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @ValidateIf(
    (input: RecordApprovalInput, value: unknown) =>
      input.decision === ApprovalDecision.OBJECT || value != null,
  )
  @IsString({ message: 'reason is required when you object' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters (required when you object)' })
  reason?: string | null;
}

@InputType()
export class AdoptPlanInput {
  @IdField({ required: true }) planId!: string;

  @IntField(1, MAX_VERSION, { required: true, description: 'The plan version you last saw.' })
  version!: number;
}

@ArgsType()
export class PlanSnapshotArgs {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) id!: string;
}

@ArgsType()
export class ComparePlanVersionsArgs {
  @IdField({ required: true }) planId!: string;

  @IdField({ required: true, description: 'The adopted version to compare from.' })
  from!: string;

  @IdField({
    nullable: true,
    description: 'The adopted version to compare to; null for the plan as it is now.',
  })
  to?: string | null;
}
