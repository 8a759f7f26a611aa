import { InputType } from '@nestjs/graphql';
import {
  IdField,
  IntField,
  PercentageField,
  PeriodField,
  TextField,
  UpdateInputOf,
} from '../common/input-fields';

@InputType()
export class CreateOutcomeMeasurementInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) activityId!: string;
  @PeriodField({ required: true }) period!: string;
  @PercentageField({ nullable: true, description: 'doelrealisatie, 0–100' }) goalRealisationPct?:
    number | null;
  @PercentageField({ nullable: true, description: 'beëindiging volgens plan, 0–100' })
  plannedTerminationPct?: number | null;
  @PercentageField({ nullable: true, description: 'cliënttevredenheid, 0–100' })
  clientSatisfactionPct?: number | null;
  @IntField(0, 10_000_000, { nullable: true }) respondents?: number | null;
  @TextField(4000) note?: string;
}

@InputType()
export class UpdateOutcomeMeasurementInput extends UpdateInputOf(CreateOutcomeMeasurementInput) {}
