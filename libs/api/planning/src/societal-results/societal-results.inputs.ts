import { InputType } from '@nestjs/graphql';
import { TargetDirection, TargetKind } from '@oogo/shared-domain';
import {
  EnumField,
  IdField,
  IdListField,
  IntField,
  NumberField,
  TextField,
  UpdateInputOf,
} from '../common/input-fields';

@InputType()
export class CreateSocietalResultInput {
  @IdField({ required: true }) planId!: string;
  @TextField(1000, {
    required: true,
    description: 'The desired situation for children and young people.',
  })
  statement!: string;
  @TextField(10000) description?: string;
  @IdListField({ description: 'The analyses this result comes from (replaces the set).' })
  analysisIds?: string[];
}

@InputType()
export class UpdateSocietalResultInput extends UpdateInputOf(CreateSocietalResultInput) {}

@InputType()
export class CreateResultIndicatorInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) societalResultId!: string;
  @IdField({ required: true }) indicatorId!: string;
  @NumberField({ required: true }) baselineValue!: number;
  @IntField(1990, 2100, { required: true }) baselineYear!: number;
  @NumberField({ required: true }) targetValue!: number;
  @IntField(1990, 2100, { required: true, description: 'After the baseline year.' })
  targetYear!: number;
  @EnumField(TargetKind) targetKind?: TargetKind;
  @EnumField(TargetDirection, {
    required: true,
    description: 'INCREASE needs a target above the baseline, DECREASE one below it.',
  })
  direction!: TargetDirection;
}

@InputType()
export class UpdateResultIndicatorInput extends UpdateInputOf(CreateResultIndicatorInput) {}
