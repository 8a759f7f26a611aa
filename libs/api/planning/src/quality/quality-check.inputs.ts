import { InputType } from '@nestjs/graphql';
import { QualityPerspective, QualityRequirement, QualityStatus } from '@oogo/shared-domain';
import { EnumField, IdField, TextField, UpdateInputOf } from '../common/input-fields';

@InputType()
export class CreateQualityCheckInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) activityId!: string;
  @EnumField(QualityRequirement, { required: true }) requirement!: QualityRequirement;
  @EnumField(QualityPerspective, { required: true }) perspective!: QualityPerspective;
  @EnumField(QualityStatus) status?: QualityStatus;
  @TextField(4000) evidence?: string;
}

@InputType()
export class UpdateQualityCheckInput extends UpdateInputOf(CreateQualityCheckInput) {}
