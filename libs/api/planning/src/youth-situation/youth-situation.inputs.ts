import { InputType } from '@nestjs/graphql';
import { BetterDirection, ReflectionQuestion } from '@oogo/shared-domain';
import { Matches } from 'class-validator';
import {
  DateField,
  EnumField,
  IdField,
  IdListField,
  NumberField,
  PeriodField,
  TextField,
  UpdateInputOf,
} from '../common/input-fields';

@InputType()
export class CreateIndicatorInput {
  @IdField({ required: true }) planId!: string;
  @TextField(200, { required: true }) name!: string;
  @TextField(50, { required: true }) unit!: string;
  @TextField(200) source?: string;
  @TextField(4000) description?: string;
  @EnumField(BetterDirection, { required: true }) betterDirection!: BetterDirection;
}

@InputType()
export class UpdateIndicatorInput extends UpdateInputOf(CreateIndicatorInput) {}

@InputType()
export class CreateMeasurementInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) indicatorId!: string;

  @TextField(6, {
    required: true,
    description: 'CBS gemeentecode (GM0363), or NL01 for the Netherlands.',
  })
  @Matches(/^(GM\d{4}|NL01)$/, {
    message: 'areaCode must be a CBS gemeentecode like GM0363, or NL01',
  })
  areaCode!: string;

  @PeriodField({ required: true }) period!: string;
  @NumberField({ required: true }) value!: number;
  @TextField(200) source?: string;
  @DateField({ nullable: true }) measuredOn?: string | null;
}

@InputType()
export class UpdateMeasurementInput extends UpdateInputOf(CreateMeasurementInput) {}

@InputType()
export class CreateSignalInput {
  @IdField({ required: true }) planId!: string;
  @TextField(200, { required: true }) title!: string;
  @TextField(10000) description?: string;
  @TextField(200, { description: 'Who noticed it: a jongerenwerker, ouders, a mentor …' })
  raisedBy?: string;
  @IdField({ nullable: true }) organizationId?: string | null;
  @DateField({ nullable: true }) observedOn?: string | null;
}

@InputType()
export class UpdateSignalInput extends UpdateInputOf(CreateSignalInput) {}

@InputType()
export class CreateAnalysisInput {
  @IdField({ required: true }) planId!: string;
  @TextField(200, { required: true }) theme!: string;
  @TextField(10000) summary?: string;
  @IdListField({ description: 'The indicators this analysis looks at (replaces the set).' })
  indicatorIds?: string[];
  @IdListField({ description: 'The signals this analysis looks at (replaces the set).' })
  signalIds?: string[];
}

@InputType()
export class UpdateAnalysisInput extends UpdateInputOf(CreateAnalysisInput) {}

@InputType()
export class CreateReflectionAnswerInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ nullable: true, description: 'Either an analysis …' }) analysisId?: string | null;
  @IdField({ nullable: true, description: '… or a learning review.' }) learningReviewId?:
    string | null;
  @IdField({ required: true, description: 'The party answering.' }) organizationId!: string;
  @EnumField(ReflectionQuestion, { required: true }) question!: ReflectionQuestion;
  @TextField(10000, { required: true }) answer!: string;
}

@InputType()
export class UpdateReflectionAnswerInput extends UpdateInputOf(CreateReflectionAnswerInput) {}
