import { InputType } from '@nestjs/graphql';
import { PlanRole } from '@oogo/shared-domain';
import { EnumField, IdField } from '../common/input-fields';

@InputType()
export class RemovePlanMemberInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true, description: 'The member (`PlanMember.userId`).' }) userId!: string;
}

@InputType()
export class ChangePlanMemberRoleInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true, description: 'The member (`PlanMember.userId`).' }) userId!: string;
  @EnumField(PlanRole, { required: true }) role!: PlanRole;
}
