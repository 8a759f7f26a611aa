import { InputType } from '@nestjs/graphql';
import { IdField, IdListField, IntField, TextField, UpdateInputOf } from '../common/input-fields';

@InputType()
export class CreatePlanInput {
  @TextField(200, { required: true }) title!: string;
  @TextField(200, { required: true, description: 'e.g. "Regio Noorderveen"' }) region!: string;
  @TextField(10000) description?: string;
  @IntField(2000, 2100, { required: true }) periodStartYear!: number;
  @IntField(2000, 2100, { required: true, description: 'At most ten years after the start.' })
  periodEndYear!: number;
  @IdListField({ description: 'The participating organisations (replaces the set).' })
  participantIds?: string[];

  @IdField({
    required: true,
    description: 'The organisation you start the plan for; you become its coordinator.',
  })
  organizationId!: string;
}

@InputType()
export class UpdatePlanInput extends UpdateInputOf(CreatePlanInput, ['organizationId']) {}
